import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

const OTP_PATTERN = /^(\d{6}|[A-Za-z0-9]{4}(-?[A-Za-z0-9]{4}){3})$/;

export class TwoFactorSetupResponseDto {
  @ApiProperty({ example: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', description: 'Base32 secret for manual entry' })
  secret: string;

  @ApiProperty({
    example: 'otpauth://totp/Dev%20Coach:ann%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Dev%20Coach',
  })
  otpauthUrl: string;

  @ApiProperty({ example: 'data:image/png;base64,iVBORw0KGgo…', description: 'QR code of otpauthUrl' })
  qrCodeDataUrl: string;
}

export class EnableTwoFactorDto {
  @ApiProperty({ example: '492039', description: 'Current code from the authenticator app' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'otp must be the 6-digit code from your authenticator app' })
  otp: string;
}

export class RecoveryCodesResponseDto {
  @ApiProperty({
    type: [String],
    example: ['K7QF-2MZX-9RPA-4TLD', 'B3NW-8HJC-5VYE-1QKS'],
    description: 'Each works once in place of a code. Shown only now.',
  })
  recoveryCodes: string[];
}

export class DisableTwoFactorDto {
  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MaxLength(256)
  password: string;

  @ApiProperty({ example: '492039', description: 'A current code or an unused recovery code' })
  @IsString()
  @Matches(OTP_PATTERN, { message: 'otp must be a 6-digit code or a recovery code' })
  otp: string;
}

export { OTP_PATTERN };
