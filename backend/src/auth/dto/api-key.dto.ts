import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinDate,
  MinLength,
} from 'class-validator';
import { API_KEY_SCOPES, type GrantableApiKeyScope } from 'src/auth/api-key-scopes';

/** A ceiling high enough for any integration and low enough to catch a typo (an extra zero or two). */
export const MAX_API_KEY_RATE_LIMIT = 10_000;

export class CreateApiKeyDto {
  @ApiProperty({ example: 'HR portal (production)', minLength: 1, maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true, example: ['users:read', 'invites:write'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(API_KEY_SCOPES.length)
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes: GrantableApiKeyScope[];

  /** When the key stops working (401 `api_key_expired`); in the future. Omit or null: until revoked. */
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2027-06-30T00:00:00.000Z',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'expiresAt must be a date and time (ISO 8601)' })
  @MinDate(() => new Date(), { message: 'expiresAt must be in the future' })
  expiresAt?: Date | null;

  /**
   * Requests per minute this key may make, counted across every API process; over it the API
   * answers 429 `api_key_rate_limited` with Retry-After. Omit or null: only the platform's limits.
   */
  @ApiPropertyOptional({
    type: Number,
    minimum: 1,
    maximum: MAX_API_KEY_RATE_LIMIT,
    nullable: true,
    example: 120,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_API_KEY_RATE_LIMIT)
  rateLimitPerMinute?: number | null;
}

/** Change a key's name, scopes, expiry or rate limit; absent fields stay as they are, null clears. */
export class UpdateApiKeyDto {
  @ApiPropertyOptional({ example: 'HR portal (production)', minLength: 1, maxLength: 100 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ enum: API_KEY_SCOPES, isArray: true, example: ['users:read'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(API_KEY_SCOPES.length)
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes?: GrantableApiKeyScope[];

  /** A new expiry in the future (this also renews an expired key), or null for none. */
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2027-12-31T00:00:00.000Z',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'expiresAt must be a date and time (ISO 8601)' })
  @MinDate(() => new Date(), { message: 'expiresAt must be in the future' })
  expiresAt?: Date | null;

  @ApiPropertyOptional({
    type: Number,
    minimum: 1,
    maximum: MAX_API_KEY_RATE_LIMIT,
    nullable: true,
    example: 60,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_API_KEY_RATE_LIMIT)
  rateLimitPerMinute?: number | null;
}

export const API_KEY_STATUSES = ['active', 'expired', 'revoked'] as const;
export type ApiKeyStatus = (typeof API_KEY_STATUSES)[number];

export class ApiKeyResponseDto {
  @ApiProperty({ format: 'uuid', example: '9d7d3c2e-2b7a-4a4f-8f0e-0c6b1f2d3e4f' })
  id: string;

  @ApiProperty({ example: 'HR portal (production)' })
  name: string;

  @ApiProperty({
    example: 'dck_Xy3kP9aQ',
    description: 'The first characters of the key, to tell keys apart',
  })
  prefix: string;

  @ApiProperty({ type: [String], example: ['users:read', 'invites:write'] })
  scopes: string[];

  /** `revoked` wins over `expired`: a revoked key never works again, an expired one can be renewed. */
  @ApiProperty({ enum: API_KEY_STATUSES, example: 'active' })
  status: ApiKeyStatus;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2027-06-30T00:00:00.000Z' })
  expiresAt: string | null;

  @ApiProperty({ type: Number, nullable: true, example: 120 })
  rateLimitPerMinute: number | null;

  @ApiProperty({ format: 'uuid', example: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13' })
  createdById: string;

  /** Recorded at most once a minute per key, so it can be up to a minute behind. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-11-25T10:00:00.000Z' })
  lastUsedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  revokedAt: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:00:00.000Z' })
  createdAt: string;
}

export class CreatedApiKeyResponseDto extends ApiKeyResponseDto {
  @ApiProperty({
    example: 'dck_Xy3kP9aQr7LmN2bV5cT8wZ1dF4gH6jK0sU3eR9yA',
    description: 'The key itself. Shown only in this response; send it as X-Api-Key.',
  })
  secret: string;
}
