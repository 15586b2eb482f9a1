import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { OTP_PATTERN } from 'src/auth/dto/two-factor.dto';
import { UserResponseDto } from 'src/users/dto/user-response.dto';

export class LoginDto {
  @ApiProperty({ example: 'ann@example.com', maxLength: 320 })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'Blue-Kettle-Moon-7', maxLength: 256 })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;

  @ApiPropertyOptional({
    example: '492039',
    description: 'Authenticator code or recovery code, when two-factor authentication is on',
  })
  @IsOptional()
  @IsString()
  @Matches(OTP_PATTERN, { message: 'otp must be a 6-digit code or a recovery code' })
  otp?: string;
}

export class LoginResponseDto {
  @ApiProperty({ type: UserResponseDto })
  user: UserResponseDto;
}

export class TokenResponseDto {
  @ApiProperty({
    example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…',
    description: 'Send as Authorization: Bearer',
  })
  accessToken: string;

  @ApiProperty({ example: 'kq3V2…', description: 'Opaque; exchange at /auth/refresh. Single use.' })
  refreshToken: string;

  @ApiProperty({ example: 900, description: 'Access-token lifetime in seconds' })
  expiresIn: number;

  @ApiProperty({ example: 'Bearer', enum: ['Bearer'] })
  tokenType: 'Bearer';
}

export class RefreshDto {
  @ApiPropertyOptional({
    example: 'kq3V2…',
    description: 'Integrators send the refresh token here; browsers send the dc_refresh cookie instead',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class RefreshResponseDto {
  @ApiProperty({ example: 900, description: 'Access-token lifetime in seconds' })
  expiresIn: number;

  @ApiPropertyOptional({ description: 'Only when the refresh token came in the body' })
  accessToken?: string;

  @ApiPropertyOptional({ description: 'Only when the refresh token came in the body' })
  refreshToken?: string;

  @ApiPropertyOptional({ example: 'Bearer', enum: ['Bearer'] })
  tokenType?: 'Bearer';
}

export class LogoutDto {
  @ApiPropertyOptional({ description: 'Integrators: the refresh token of the session to end' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}
