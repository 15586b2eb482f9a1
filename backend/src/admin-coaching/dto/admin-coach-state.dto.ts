import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IDENTITY_CATEGORIES, type IdentityCategory } from 'src/curriculum/categories';
import { PHASES, type Phase } from 'src/curriculum/phases';

export class AdminSafetyHoldDto {
  @ApiProperty({ format: 'date-time' })
  since: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  safetyEventId: string | null;

  @ApiProperty()
  reason: string;
}

export class AdminCoachStateDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ enum: PHASES, enumName: 'Phase' })
  currentPhase: Phase;

  @ApiProperty({ enum: IDENTITY_CATEGORIES, enumName: 'IdentityCategory' })
  identityFocus: IdentityCategory;

  @ApiProperty({ enum: IDENTITY_CATEGORIES, enumName: 'IdentityCategory', isArray: true })
  skippedCategories: IdentityCategory[];

  @ApiProperty({ type: [String] })
  whoYouAre: string[];

  @ApiProperty({ type: [String] })
  whoYouWantToBe: string[];

  @ApiProperty({ type: [String] })
  askedQuestions: string[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  currentIdentityId: string | null;

  @ApiProperty({ type: [String] })
  shownVideos: string[];

  @ApiProperty({ type: AdminSafetyHoldDto, nullable: true })
  safetyHold: AdminSafetyHoldDto | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/**
 * A support move: the phase (forward one step, or back to any earlier phase) and/or the
 * brainstorming focus. The reason is required and kept in the audit log.
 */
export class AdminUpdateCoachStateDto {
  @ApiPropertyOptional({ enum: PHASES, enumName: 'Phase' })
  @IsOptional()
  @IsIn(PHASES)
  currentPhase?: Phase;

  @ApiPropertyOptional({ enum: IDENTITY_CATEGORIES, enumName: 'IdentityCategory' })
  @IsOptional()
  @IsIn(IDENTITY_CATEGORIES)
  identityFocus?: IdentityCategory;

  @ApiProperty({ minLength: 3, maxLength: 500, example: 'Client asked to revisit brainstorming.' })
  @IsString()
  @Length(3, 500)
  reason: string;
}
