import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { IMAGE_ERROR_CODES, type ImageErrorCode } from 'src/ai/images/image.types';
import { IDENTITY_CATEGORIES, type IdentityCategory } from 'src/curriculum/categories';
import { IDENTITY_STATES, type IdentityState } from 'src/curriculum/identity-states';
import { DRAFT_STATUSES, type DraftStatus } from 'src/studio/entities/studio-draft.entity';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export const SCENE_FIELD_MAX = 300;
export const APPEARANCE_MAX = 500;
export const INSTRUCTION_MAX = 300;

// ---- requests -------------------------------------------------------------------------------

export class IdentityIdParamDto {
  @ApiProperty({ format: 'uuid', example: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13' })
  @IsUUID('all')
  identityId: string;
}

export class DraftIdParamDto {
  @ApiProperty({ format: 'uuid', example: '8b0f1c52-8d4e-4b7a-9f61-2c0e5b7d8a13' })
  @IsUUID('all')
  draftId: string;
}

export class UpdateAppearanceDto {
  @ApiProperty({
    example: 'Early forties, short grey hair, glasses, usually in a denim jacket',
    maxLength: APPEARANCE_MAX,
    description: 'How you look, in your own words; empty clears it',
  })
  @Transform(trim)
  @IsString()
  @MaxLength(APPEARANCE_MAX)
  description: string;
}

// Each field: a string (trimmed; empty clears it), null to clear, or absent to clear as well —
// a PUT replaces the whole scene.
export class UpdateSceneDto {
  @ApiPropertyOptional({ type: String, example: 'running gear', maxLength: SCENE_FIELD_MAX, nullable: true })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @Transform(trim)
  @IsString()
  @MaxLength(SCENE_FIELD_MAX)
  clothing?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: 'calm and proud',
    maxLength: SCENE_FIELD_MAX,
    nullable: true,
  })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @Transform(trim)
  @IsString()
  @MaxLength(SCENE_FIELD_MAX)
  mood?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: 'a forest trail at sunrise',
    maxLength: SCENE_FIELD_MAX,
    nullable: true,
  })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @Transform(trim)
  @IsString()
  @MaxLength(SCENE_FIELD_MAX)
  setting?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: 'a dog running beside me',
    maxLength: SCENE_FIELD_MAX,
    nullable: true,
  })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @Transform(trim)
  @IsString()
  @MaxLength(SCENE_FIELD_MAX)
  extraPrompt?: string | null;
}

export class RefineDraftDto {
  @ApiProperty({ example: 'warmer light', minLength: 1, maxLength: INSTRUCTION_MAX })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(INSTRUCTION_MAX)
  instruction: string;
}

export class ImageDownloadQueryDto {
  @ApiPropertyOptional({ enum: ['1'], description: '`1`: answer as an attachment to save' })
  @IsOptional()
  @IsString()
  download?: string;
}

// ---- responses ------------------------------------------------------------------------------

export class StudioQuotaDto {
  @ApiProperty({ example: 3, description: 'Images made today (failed ones do not count)' })
  used: number;

  @ApiProperty({ example: 20 })
  limit: number;

  @ApiProperty({ format: 'date-time', description: 'Next midnight UTC' })
  resetsAt: string;
}

export class StudioAppearanceDto {
  @ApiProperty({ example: 'Short grey hair, glasses', maxLength: APPEARANCE_MAX })
  description: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  updatedAt: string | null;
}

export class StudioReferenceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['image/jpeg', 'image/png', 'image/webp'], example: 'image/jpeg' })
  contentType: string;

  @ApiProperty({ example: 1200 })
  width: number;

  @ApiProperty({ example: 1600 })
  height: number;

  @ApiProperty({ example: '/api/v1/studio/references/…/image' })
  url: string;

  @ApiProperty({ example: '/api/v1/studio/references/…/thumbnail' })
  thumbnailUrl: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class StudioSceneDto {
  @ApiProperty({ type: String, nullable: true, example: 'running gear' })
  clothing: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'calm and proud' })
  mood: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'a forest trail at sunrise' })
  setting: string | null;

  @ApiProperty({ type: String, nullable: true, example: null })
  extraPrompt: string | null;
}

export class StudioIdentityDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Athlete' })
  name: string;

  @ApiProperty({ enum: IDENTITY_CATEGORIES, example: 'physical_expression' })
  category: IdentityCategory;

  @ApiProperty({ enum: IDENTITY_STATES, example: 'committed' })
  state: IdentityState;

  @ApiProperty({ type: StudioSceneDto })
  scene: StudioSceneDto;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: "The identity's picture" })
  savedDraftId: string | null;

  @ApiProperty({ example: 2 })
  draftCount: number;
}

export class StudioStateDto {
  @ApiProperty({ description: 'Whether studio writes are allowed' })
  open: boolean;

  @ApiPropertyOptional({
    enum: ['phase'],
    description: '`phase`: opens in the identity_visualization phase (only when closed)',
  })
  reason?: 'phase';

  @ApiProperty({ description: 'Staff opened the studio for this client early' })
  override: boolean;

  @ApiProperty({ type: StudioQuotaDto })
  quota: StudioQuotaDto;

  @ApiProperty({ type: StudioAppearanceDto })
  appearance: StudioAppearanceDto;

  @ApiProperty({ type: [StudioReferenceDto] })
  references: StudioReferenceDto[];

  @ApiProperty({ type: [StudioIdentityDto] })
  identities: StudioIdentityDto[];
}

export class StudioDraftDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  identityId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The draft this one refined' })
  parentId: string | null;

  @ApiProperty({ enum: DRAFT_STATUSES, example: 'ready' })
  status: DraftStatus;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'warmer light',
    description: 'Null for a generation',
  })
  instruction: string | null;

  @ApiProperty({ enum: IMAGE_ERROR_CODES, nullable: true, description: 'Set when failed' })
  errorCode: ImageErrorCode | null;

  @ApiProperty({ description: "It is the identity's picture" })
  saved: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, nullable: true, description: 'Null until ready' })
  imageUrl: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Null until ready' })
  thumbnailUrl: string | null;

  @ApiProperty({ description: 'Drawn by the offline demo provider' })
  demo: boolean;
}

export class AdminStudioIdentityDto extends StudioIdentityDto {
  @ApiProperty({ type: [StudioDraftDto], description: 'Image URLs point at the staff routes' })
  drafts: StudioDraftDto[];
}

export class AdminStudioDto {
  @ApiProperty({ description: 'Whether the client can use the studio now' })
  open: boolean;

  @ApiProperty()
  override: boolean;

  @ApiProperty({ type: StudioQuotaDto })
  quota: StudioQuotaDto;

  @ApiProperty({ type: StudioAppearanceDto })
  appearance: StudioAppearanceDto;

  @ApiProperty({ type: [StudioReferenceDto], description: 'URLs point at the staff routes' })
  references: StudioReferenceDto[];

  @ApiProperty({ type: [AdminStudioIdentityDto] })
  identities: AdminStudioIdentityDto[];
}
