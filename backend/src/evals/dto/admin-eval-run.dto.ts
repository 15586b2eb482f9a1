import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class EvalRunPromptVersionsDto {
  @ApiProperty({ example: 'candidate' })
  label: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', format: 'uuid', nullable: true },
    description: 'Prompt key → the version here with the same text; null when none has it.',
  })
  versions: Record<string, string | null>;
}

export class EvalPersonaSummaryDto {
  @ApiProperty({ example: 'terse-sceptic' })
  id: string;

  @ApiProperty({ description: 'No grader failed and the persona finished.' })
  passed: boolean;

  @ApiProperty()
  graderPasses: number;

  @ApiProperty()
  graderFailures: number;
}

export class EvalRunSummaryDto {
  @ApiProperty({ example: 'candidate' })
  label: string;

  @ApiProperty({ example: 11 })
  personasPassed: number;

  @ApiProperty({ example: 12 })
  personasTotal: number;

  @ApiProperty({ type: [EvalPersonaSummaryDto] })
  personas: EvalPersonaSummaryDto[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number', nullable: true },
    description: 'turns, calls, inputTokens, outputTokens, costUsd, wallMs.',
  })
  totals: Record<string, number | null>;
}

export class AdminEvalRunDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({
    format: 'uuid',
    description: 'A staff member, or an API key when `createdVia` is `api_key`.',
  })
  createdBy: string;

  @ApiProperty({ enum: ['user', 'api_key'] })
  createdVia: 'user' | 'api_key';

  @ApiProperty({ example: 'demo' })
  provider: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  model: string | null;

  @ApiProperty({ type: [EvalRunPromptVersionsDto] })
  promptVersions: EvalRunPromptVersionsDto[];

  @ApiProperty({ type: [EvalRunSummaryDto], description: 'One per run; the candidate last.' })
  summary: EvalRunSummaryDto[];
}

export class AdminEvalRunDetailDto extends AdminEvalRunDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The report as posted.' })
  report: Record<string, unknown>;
}
