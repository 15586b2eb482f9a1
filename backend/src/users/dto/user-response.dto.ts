import { ApiProperty } from '@nestjs/swagger';
import { UserRole } from 'src/common/auth/user-role';

export class UserResponseDto {
  @ApiProperty({ format: 'uuid', example: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13' })
  id: string;

  @ApiProperty({ example: 'ann@example.com' })
  email: string;

  @ApiProperty({ example: 'Ann' })
  firstName: string;

  @ApiProperty({ example: 'Lee' })
  lastName: string;

  @ApiProperty({ enum: UserRole, enumName: 'UserRole', example: UserRole.User })
  role: UserRole;

  @ApiProperty({ example: 'Europe/Berlin', description: 'IANA time zone' })
  timezone: string;

  @ApiProperty({ example: true, description: 'Whether the coach may keep notes about this client' })
  memoryEnabled: boolean;

  @ApiProperty({ example: false, description: 'Staff opened the studio before the last phase' })
  studioOverride: boolean;

  @ApiProperty({ example: true })
  emailVerified: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-11-25T09:30:00.000Z' })
  emailVerifiedAt: string | null;

  @ApiProperty({ example: true, description: 'Deactivated accounts cannot sign in' })
  isActive: boolean;

  @ApiProperty({ example: false })
  twoFactorEnabled: boolean;

  @ApiProperty({ example: true, description: 'False while an invited account has not set a password' })
  hasPassword: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-11-26T08:00:00.000Z' })
  lastLoginAt: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:00:00.000Z' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:00:00.000Z' })
  updatedAt: string;
}
