import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { UserRole } from 'src/common/auth/user-role';

export class CreateInviteDto {
  @ApiProperty({ example: 'ann@example.com', maxLength: 320 })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;

  @ApiPropertyOptional({
    enum: UserRole,
    enumName: 'UserRole',
    default: UserRole.User,
    example: UserRole.User,
  })
  @IsOptional()
  @IsEnum(UserRole)
  role?: UserRole;
}

export class InviteResponseDto {
  @ApiProperty({ format: 'uuid', example: '5e0c9a8b-3c1d-4f2e-9a7b-6d5c4b3a2910' })
  id: string;

  @ApiProperty({ example: 'ann@example.com' })
  email: string;

  @ApiProperty({ enum: UserRole, enumName: 'UserRole', example: UserRole.User })
  role: UserRole;

  @ApiProperty({ enum: ['pending', 'accepted', 'revoked', 'expired'], example: 'pending' })
  status: 'pending' | 'accepted' | 'revoked' | 'expired';

  @ApiProperty({ format: 'date-time', example: '2026-12-02T09:00:00.000Z' })
  expiresAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  acceptedAt: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null })
  acceptedUserId: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  revokedAt: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13',
  })
  invitedById: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:00:00.000Z' })
  createdAt: string;
}

export class CreatedInviteResponseDto extends InviteResponseDto {
  @ApiPropertyOptional({
    example: 'https://coach.example.com/invite#token=3q2-7Yx…',
    description:
      'The invitation link, only when email is kept in the outbox rather than sent (no EMAIL_TRANSPORT): ' +
      'then nobody else can see it, so it is returned once, here, for the inviter to pass on. ' +
      'It is never stored readable and never returned again.',
  })
  link?: string;
}
