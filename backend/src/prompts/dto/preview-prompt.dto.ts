import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';
import { MODEL_PHASES, type Phase } from 'src/curriculum/phases';
import { PromptContextDto } from 'src/prompts/dto/prompt-context.dto';

export const PREVIEW_TARGETS = ['coach_turn', 'sentinel', 'safety'] as const;
export type PreviewTarget = (typeof PREVIEW_TARGETS)[number];

/** Where the context comes from: `context` if sent, else `userId`, else a sample client. */
export class PreviewPromptDto {
  @ApiPropertyOptional({ enum: PREVIEW_TARGETS, default: 'coach_turn' })
  @IsOptional()
  @IsIn(PREVIEW_TARGETS)
  target?: PreviewTarget;

  @ApiPropertyOptional({ enum: MODEL_PHASES, description: 'Overrides the context phase' })
  @IsOptional()
  @IsIn(MODEL_PHASES)
  phase?: Phase;

  @ApiPropertyOptional({ format: 'uuid', description: 'Preview for this client (needs coaching data)' })
  @IsOptional()
  @IsUUID('all')
  userId?: string;

  @ApiPropertyOptional({ type: PromptContextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PromptContextDto)
  context?: PromptContextDto;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Versions to use instead of the active ones (at most one per prompt), e.g. a draft',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  versionIds?: string[];

  @ApiPropertyOptional({ example: 'gpt-4.1-mini', description: 'Defaults to the coach model' })
  @IsOptional()
  @IsString()
  @Matches(/^[\w.:/-]{1,100}$/)
  model?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Also ask the model for a reply (cached for identical requests; recorded as usage)',
  })
  @IsOptional()
  @IsBoolean()
  generate?: boolean;
}
