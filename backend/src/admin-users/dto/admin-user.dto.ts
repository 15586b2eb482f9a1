import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { UpdateMeDto } from 'src/users/dto/update-me.dto';
import { UserRole } from 'src/common/auth/user-role';

// Profile fields and their validation come from UpdateMeDto, so a rule changes in one place.
export class AdminCreateUserDto extends PickType(UpdateMeDto, [
  'firstName',
  'lastName',
  'timezone',
] as const) {
  @ApiProperty({ example: 'ann@example.com', maxLength: 320 })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;

  @ApiPropertyOptional({
    enum: UserRole,
    enumName: 'UserRole',
    default: UserRole.User,
    description: 'Anything but `user` needs a superuser',
  })
  @IsOptional()
  @IsEnum(UserRole)
  role?: UserRole;
}

export class AdminUpdateUserDto extends UpdateMeDto {
  @ApiPropertyOptional({ example: true, description: 'False ends every session and blocks sign-in' })
  @IsOptional()
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({ enum: UserRole, enumName: 'UserRole', description: 'Superusers only' })
  @IsOptional()
  @IsEnum(UserRole)
  role?: UserRole;
}
