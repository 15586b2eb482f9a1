import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { REPORT_VERSION } from 'src/eval/eval-report';

// The body of POST /admin/evals is the CLI's JSON report (src/eval/eval-report.ts) as written.
// Only what the server reads is checked field by field; the rest of a persona (transcript,
// usage, final state) is kept as sent, behind @Allow() so the whitelist does not refuse it.

export class EvalGraderResultDto {
  @ApiProperty({ example: 'legal_transitions' })
  @IsString()
  @MaxLength(80)
  grader: string;

  @ApiProperty({ enum: ['pass', 'fail', 'skipped'] })
  @IsIn(['pass', 'fail', 'skipped'])
  status: 'pass' | 'fail' | 'skipped';

  @ApiPropertyOptional({ type: Number, nullable: true })
  @Allow()
  score?: number | null;

  @ApiPropertyOptional({ type: [String] })
  @Allow()
  details?: string[];
}

export class EvalPersonaReportDto {
  @ApiProperty({ example: 'terse-sceptic' })
  @IsString()
  @MaxLength(120)
  id: string;

  @ApiProperty({ type: [EvalGraderResultDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => EvalGraderResultDto)
  graders: EvalGraderResultDto[];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why the persona could not finish.' })
  @IsOptional()
  @IsString()
  error?: string | null;

  @Allow() kind?: unknown;
  @Allow() description?: unknown;
  @Allow() voice?: unknown;
  @Allow() turns?: unknown;
  @Allow() phases?: unknown;
  @Allow() lastPhase?: unknown;
  @Allow() stoppedBecause?: unknown;
  @Allow() usage?: unknown;
  @Allow() wallMs?: unknown;
  @Allow() final?: unknown;
  @Allow() transcript?: unknown;
}

export class EvalPinnedVersionDto {
  @ApiProperty({ example: 'phase:discovery' })
  @IsString()
  @MaxLength(80)
  key: string;

  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({ enum: ['seed', 'staff'] })
  @IsIn(['seed', 'staff'])
  source: 'seed' | 'staff';

  @ApiProperty({ example: '5d6a854e0273', description: 'SHA-256 of the body, first 12 hex digits.' })
  @Matches(/^[0-9a-f]{12}$/)
  bodyHash: string;
}

export class EvalRunReportDto {
  @ApiProperty({ example: 'seeded' })
  @IsString()
  @MaxLength(120)
  label: string;

  @ApiProperty({ type: [EvalPinnedVersionDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => EvalPinnedVersionDto)
  pinned: EvalPinnedVersionDto[];

  @ApiProperty({ type: [EvalPersonaReportDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => EvalPersonaReportDto)
  personas: EvalPersonaReportDto[];

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Pass/fail/skipped per grader.' })
  @IsObject()
  graders: Record<string, unknown>;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Turns, calls, tokens, cost, time.',
  })
  @IsObject()
  totals: Record<string, unknown>;
}

export class EvalReportDto {
  @ApiProperty({ example: REPORT_VERSION, description: 'The report format; only this one is accepted.' })
  @IsInt()
  @Equals(REPORT_VERSION)
  version: number;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601()
  startedAt: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601()
  finishedAt: string;

  @ApiProperty({ example: 'openai' })
  @IsString()
  @MaxLength(40)
  provider: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'gpt-4o-mini' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  model?: string | null;

  @ApiProperty({ example: 'eval/personas' })
  @IsString()
  @MaxLength(500)
  personasDir: string;

  @ApiProperty({ example: 'on' })
  @IsString()
  @MaxLength(200)
  judge: string;

  @ApiProperty({
    type: [EvalRunReportDto],
    description: 'One run, or two with `--compare` (candidate last).',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => EvalRunReportDto)
  runs: EvalRunReportDto[];

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true })
  @IsOptional()
  @IsObject()
  comparison?: Record<string, unknown> | null;
}
