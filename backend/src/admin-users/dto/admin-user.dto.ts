import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsUUID,
  MaxLength,
} from 'class-validator';
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

  @ApiPropertyOptional({
    example: true,
    description: 'Open the visualization studio before the last phase (docs/studio.md)',
  })
  @IsOptional()
  @IsBoolean()
  studioOverride?: boolean;
}

export const MAX_BULK_USERS = 200;

export class AdminBulkVerifyDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: MAX_BULK_USERS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_USERS)
  @IsUUID('all', { each: true })
  ids: string[];

  @ApiPropertyOptional({ default: true, description: 'False marks the addresses as not verified.' })
  @IsOptional()
  @IsBoolean()
  verified?: boolean;
}

export class AdminBulkVerifyResultDto {
  @ApiProperty({ example: true })
  verified: boolean;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Accounts this request changed (each audited).',
  })
  changedIds: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Accounts that were already so.' })
  unchangedIds: string[];
}
