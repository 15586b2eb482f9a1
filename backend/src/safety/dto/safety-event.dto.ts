import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import {
  SAFETY_EVENT_SOURCES,
  SAFETY_EVENT_STATUSES,
  type SafetyEventSource,
  type SafetyEventStatus,
} from 'src/safety/entities/safety-event.entity';

export class SafetyEvidenceDto {
  @ApiProperty({ example: 'want_to_die' })
  rule: string;

  @ApiProperty({ enum: ['suicidal_intent', 'self_harm', 'indirect_distress'], example: 'suicidal_intent' })
  category: string;

  @ApiProperty({ example: 'want to die' })
  text: string;

  @ApiProperty({ example: 1 })
  weight: number;

  @ApiProperty({
    example: 1,
    description: 'The weight after context (negation, third person, past, fiction)',
  })
  score: number;

  @ApiProperty({ type: [String], example: [] })
  modifiers: string[];
}

export class SafetyClassifierResultDto {
  @ApiProperty({ enum: ['flag', 'clear'], example: 'flag' })
  verdict: string;

  @ApiProperty({ example: 0.97 })
  score: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { suicidal_intent: 0.97, self_harm: 0, indirect_distress: 0 },
  })
  categories: Record<string, number>;

  @ApiProperty({ type: [SafetyEvidenceDto] })
  evidence: SafetyEvidenceDto[];

  @ApiProperty({ example: 'offline-2025.11-1' })
  version: string;
}

export class SafetyModerationDto {
  @ApiProperty({ enum: ['ok', 'error', 'skipped'], example: 'ok' })
  status: string;

  @ApiProperty({ example: 'openai' })
  provider: string;

  @ApiPropertyOptional({ example: true })
  flagged?: boolean;

  @ApiPropertyOptional({ example: true })
  selfHarm?: boolean;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'boolean' } })
  categories?: Record<string, boolean>;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' } })
  scores?: Record<string, number>;

  @ApiPropertyOptional({ example: 'AiException: The request timed out.' })
  error?: string;
}

export class SafetyContextMessageDto {
  @ApiProperty({ example: 'user' })
  role: string;

  @ApiProperty({ example: 'I had a rough week.' })
  content: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  at: string | null;
}

export class SafetyEventContextDto {
  @ApiProperty({ type: String, nullable: true, example: 'brainstorming' })
  phase: string | null;

  @ApiProperty({
    type: [SafetyContextMessageDto],
    description: 'The messages just before the flagged one, oldest first',
  })
  recentMessages: SafetyContextMessageDto[];

  @ApiProperty({
    type: [SafetyContextMessageDto],
    description: 'The messages after the flagged one (the coach’s reply first), oldest first; up to 5',
  })
  followingMessages: SafetyContextMessageDto[];
}

export class SafetyEventSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ type: String, nullable: true, example: 'Ann Example' })
  userName: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'ann@example.com' })
  userEmail: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  messageId: string | null;

  @ApiProperty({
    example: 'I do not want to be here anymore',
    description:
      'The flagged words; empty once the event was resolved longer ago than TRANSCRIPT_RETENTION_DAYS (docs/privacy.md).',
  })
  messageText: string;

  @ApiProperty({ enum: SAFETY_EVENT_SOURCES, example: 'classifier' })
  flaggedBy: SafetyEventSource;

  @ApiProperty({ example: 0.97, description: 'The offline classifier’s combined score' })
  classifierScore: number;

  @ApiProperty({ enum: SAFETY_EVENT_STATUSES, example: 'open' })
  status: SafetyEventStatus;

  @ApiProperty({ type: String, nullable: true })
  resolutionNote: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  resolvedBy: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  resolvedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  alertQueuedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: string;
}

export class SafetyEventDetailDto extends SafetyEventSummaryDto {
  @ApiProperty({ type: SafetyClassifierResultDto })
  classifier: SafetyClassifierResultDto;

  @ApiProperty({ type: SafetyModerationDto })
  moderation: SafetyModerationDto;

  @ApiProperty({ type: SafetyEventContextDto })
  context: SafetyEventContextDto;
}

export class ResolveSafetyEventDto {
  @ApiProperty({
    description: 'What was done, for the record (1–2000 characters)',
    example: 'Called the client; they are safe and have support this weekend.',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  note: string;
}
