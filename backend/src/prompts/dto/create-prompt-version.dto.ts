import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { MODEL_ACTION_TYPES } from 'src/curriculum/actions';
import { IDENTITY_CATEGORIES } from 'src/curriculum/categories';
import { MODEL_PHASES } from 'src/curriculum/phases';
import { PROMPT_KINDS } from 'src/prompts/prompt-keys';

// Kind, phase, category and actions are plain strings here on purpose: the service checks them
// against the catalogue and answers with a message naming the bad value.
export class CreatePromptVersionDto {
  @ApiProperty({ enum: PROMPT_KINDS, example: 'phase' })
  @IsString()
  @MaxLength(40)
  kind: string;

  @ApiPropertyOptional({
    enum: MODEL_PHASES,
    example: 'identity_refinement',
    description: 'Phase prompts only',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phase?: string;

  @ApiPropertyOptional({ enum: IDENTITY_CATEGORIES, description: 'Category guides only' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  category?: string;

  @ApiProperty({
    example: 'Phase: identity refinement.\nWorking on now:\n{{current_identity}}',
    description: 'Template text. `{{key}}` inserts a context value; `\\{{` is a literal "{{".',
    maxLength: 20000,
  })
  @IsString()
  @MaxLength(20_000)
  body: string;

  @ApiPropertyOptional({ example: 'Offer two name options instead of three', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  changeNote?: string;

  @ApiPropertyOptional({
    enum: MODEL_ACTION_TYPES,
    isArray: true,
    example: ['rename_identity', 'accept_refinement', 'transition_phase'],
    description: 'Phase prompts only: the actions the response schema offers (at least one).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  allowedActions?: string[];

  @ApiPropertyOptional({
    example: false,
    description: 'Make the new version active right away (default: false).',
  })
  @IsOptional()
  @IsBoolean()
  activate?: boolean;
}
