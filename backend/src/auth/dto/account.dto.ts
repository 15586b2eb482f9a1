import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { OTP_PATTERN } from 'src/auth/dto/two-factor.dto';

// The new-account fields shared by open signup and invite acceptance.
class NewAccountFieldsDto {
  @ApiProperty({ example: 'Blue-Kettle-Moon-7', minLength: 10, maxLength: 256 })
  @IsString()
  @MaxLength(256)
  password: string;

  @ApiProperty({ example: 'Ann', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  firstName: string;

  @ApiProperty({ example: 'Lee', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  lastName: string;
}

export class RegisterDto extends NewAccountFieldsDto {
  @ApiProperty({ example: 'ann@example.com', maxLength: 320 })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;
}

export class AcceptInviteDto extends NewAccountFieldsDto {
  @ApiProperty({ example: 'Zm9vYmFyYmF6…', description: 'The token from the invite link' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  token: string;
}

export class TokenDto {
  @ApiProperty({ example: 'Zm9vYmFyYmF6…', description: 'The token from the emailed link' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  token: string;
}

export class EmailDto {
  @ApiProperty({ example: 'ann@example.com', maxLength: 320 })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;
}

export class ResetPasswordDto {
  @ApiProperty({ example: 'Zm9vYmFyYmF6…', description: 'The token from the reset link' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  token: string;

  @ApiProperty({ example: 'Blue-Kettle-Moon-7', minLength: 10, maxLength: 256 })
  @IsString()
  @MaxLength(256)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty({ example: 'Old-Kettle-Moon-7', maxLength: 256 })
  @IsString()
  @MaxLength(256)
  currentPassword: string;

  @ApiProperty({ example: 'Blue-Kettle-Moon-8', minLength: 10, maxLength: 256 })
  @IsString()
  @MaxLength(256)
  newPassword: string;
}

export class AcceptedResponseDto {
  @ApiProperty({ example: 'If the address can receive it, an email is on its way.' })
  message: string;
}

export class InvitePreviewDto {
  @ApiProperty({ example: 'ann@example.com' })
  email: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-02T09:00:00.000Z' })
  expiresAt: string;
}

export class DeleteAccountDto {
  @ApiProperty({ description: 'Your current password: deleting an account asks for it again.' })
  @IsString()
  @MaxLength(256)
  password: string;

  @ApiPropertyOptional({
    example: '492039',
    description: 'Required when two-factor authentication is on: a current code or an unused recovery code.',
  })
  @IsOptional()
  @IsString()
  @Matches(OTP_PATTERN, { message: 'otp must be a 6-digit code or a recovery code' })
  otp?: string;
}
