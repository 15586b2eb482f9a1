import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { API_KEY_SCOPES, type GrantableApiKeyScope } from 'src/auth/api-key-scopes';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'Prompt sync from CI', minLength: 1, maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true, example: ['prompts:read'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(API_KEY_SCOPES.length)
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes: GrantableApiKeyScope[];
}

export class ApiKeyResponseDto {
  @ApiProperty({ format: 'uuid', example: '9d7d3c2e-2b7a-4a4f-8f0e-0c6b1f2d3e4f' })
  id: string;

  @ApiProperty({ example: 'Prompt sync from CI' })
  name: string;

  @ApiProperty({
    example: 'dck_Xy3kP9aQ',
    description: 'The first characters of the key, to tell keys apart',
  })
  prefix: string;

  @ApiProperty({ type: [String], example: ['prompts:read'] })
  scopes: string[];

  @ApiProperty({ format: 'uuid', example: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13' })
  createdById: string;

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
