import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTION_TYPES } from 'src/curriculum/actions';
import { PromptContextDto } from 'src/prompts/dto/prompt-context.dto';
import { PromptVersionRefDto } from 'src/prompts/dto/prompt-diff.dto';
import { PREVIEW_TARGETS } from 'src/prompts/dto/preview-prompt.dto';

export class PreviewMessageDto {
  @ApiProperty({ enum: ['system', 'user', 'assistant'], example: 'system' })
  role: 'system' | 'user' | 'assistant';

  @ApiProperty({ example: 'You are the coach in Dev Coach…' })
  content: string;
}

export class TrimReportDto {
  @ApiProperty({ example: 0, description: 'Older messages whose text was left out to fit the budget' })
  messages: number;

  @ApiProperty({ type: [String], example: [] })
  messageIds: string[];

  @ApiProperty({ example: 0, description: 'Action summaries dropped too (only when very tight)' })
  summaries: number;
}

export class PreviewUsageDto {
  @ApiProperty({ example: 1843 })
  inputTokens: number;

  @ApiProperty({ example: 96 })
  outputTokens: number;

  @ApiProperty({ example: 0 })
  cachedTokens: number;
}

export class PreviewReplyDto {
  @ApiProperty({ example: '{"message":"…","actions":[]}' })
  text: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The parsed, schema-checked reply',
  })
  json: Record<string, unknown> | null;

  @ApiProperty({ example: 'openai' })
  provider: string;

  @ApiProperty({ example: 'gpt-4.1-mini' })
  model: string;

  @ApiProperty({ example: false, description: 'Served from the response cache' })
  cached: boolean;

  @ApiProperty({ type: PreviewUsageDto })
  usage: PreviewUsageDto;

  @ApiProperty({ example: 1240 })
  latencyMs: number;
}

export class PromptPreviewResponseDto {
  @ApiProperty({ enum: PREVIEW_TARGETS, example: 'coach_turn' })
  target: string;

  @ApiProperty({ enum: ['explicit', 'user', 'sample'], example: 'sample' })
  contextSource: 'explicit' | 'user' | 'sample';

  @ApiProperty({ type: PromptContextDto })
  context: PromptContextDto;

  @ApiProperty({ example: 'gpt-4.1-mini' })
  model: string;

  @ApiProperty({ type: [PreviewMessageDto], description: 'Exactly what the model receives, in order' })
  messages: PreviewMessageDto[];

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'JSON schema the reply must match (null for templates without one)',
  })
  responseSchema: Record<string, unknown> | null;

  @ApiProperty({ enum: ACTION_TYPES, isArray: true, example: ['rename_identity', 'accept_refinement'] })
  allowedActions: string[];

  @ApiProperty({ type: [PromptVersionRefDto] })
  versions: PromptVersionRefDto[];

  @ApiProperty({ example: 1843, description: 'Counted with the model tokenizer' })
  promptTokens: number;

  @ApiProperty({ example: 1045528, description: 'Context window minus the reply reserve' })
  budgetTokens: number;

  @ApiProperty({ example: 1047576 })
  contextWindow: number;

  @ApiProperty({ type: TrimReportDto })
  trimmed: TrimReportDto;

  @ApiPropertyOptional({ type: PreviewReplyDto, description: 'Present when `generate` was true' })
  reply?: PreviewReplyDto;
}
