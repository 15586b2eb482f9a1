import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength, Validate } from 'class-validator';
import { IsTimeZoneConstraint } from 'src/users/dto/time-zone.validator';

// Only these four are writable by the account holder; the global pipe rejects any other
// field (role, email, emailVerified, …) with a 400 that names it.
export class UpdateMeDto {
  @ApiPropertyOptional({ example: 'Ann', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  firstName?: string;

  @ApiPropertyOptional({ example: 'Lee', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  lastName?: string;

  @ApiPropertyOptional({ example: 'Europe/Berlin', description: 'IANA time zone' })
  @IsOptional()
  @IsString()
  @Validate(IsTimeZoneConstraint)
  timezone?: string;

  @ApiPropertyOptional({ example: true, description: 'Let the coach keep notes about you' })
  @IsOptional()
  @IsBoolean()
  memoryEnabled?: boolean;
}
