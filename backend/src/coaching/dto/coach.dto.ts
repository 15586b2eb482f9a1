import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Equals, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IDENTITY_CATEGORIES, type IdentityCategory } from 'src/curriculum/categories';
import { IDENTITY_STATES, type IdentityState } from 'src/curriculum/identity-states';
import { GET_TO_KNOW_YOU_TOPICS, type GetToKnowYouTopic, PHASES, type Phase } from 'src/curriculum/phases';
import { SESSIONS, type Session } from 'src/curriculum/sessions';
import type { Component } from 'src/curriculum/component.types';
import type { ChatRole } from 'src/coaching/entities/chat-message.entity';
import { IdentityResponseDto } from 'src/coaching/identities/dto/identity.dto';
import { MESSAGE_PAGE_DEFAULT, MESSAGE_PAGE_MAX } from 'src/coaching/messages/messages.service';

const COMPONENT_SCHEMA = {
  type: 'object',
  additionalProperties: true,
  nullable: true,
  description:
    'A card (`kind`: intro_choices, suggest_i_am, i_am_summary, propose_combine, propose_nest, propose_archive, video, break, safety_resources) with `phase`, `buttons`, `displayOnly` and `pressed`; see docs/coaching-engine.md',
  example: null,
} as const;

export class OpenBreakDto {
  @ApiProperty({ format: 'uuid', example: '0b6f3c1e-2a4d-4e8f-9c7a-1d2e3f4a5b6c' })
  id: string;

  @ApiProperty({ enum: SESSIONS, example: 'get_to_know' })
  session: Session;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:00:00.000Z' })
  startedAt: string;
}

export class SafetyHoldDto {
  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:00:00.000Z' })
  since: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null })
  safetyEventId: string | null;

  @ApiProperty({ example: 'crisis_signal' })
  reason: string;
}

export class CoachStateResponseDto {
  @ApiProperty({ enum: PHASES, example: 'identity_brainstorming' })
  currentPhase: Phase;

  @ApiProperty({ enum: IDENTITY_CATEGORIES, example: 'passions_and_talents' })
  identityFocus: IdentityCategory;

  @ApiProperty({ enum: IDENTITY_CATEGORIES, isArray: true, example: [] })
  skippedCategories: IdentityCategory[];

  @ApiProperty({ type: [String], example: ['curious', 'a parent'] })
  whoYouAre: string[];

  @ApiProperty({ type: [String], example: ['calm', 'fit'] })
  whoYouWantToBe: string[];

  @ApiProperty({ enum: GET_TO_KNOW_YOU_TOPICS, isArray: true, example: ['background_upbringing'] })
  askedQuestions: GetToKnowYouTopic[];

  @ApiProperty({ type: [String], example: ['welcome_intro'] })
  shownVideos: string[];

  @ApiProperty({ type: IdentityResponseDto, nullable: true })
  currentIdentity: IdentityResponseDto | null;

  @ApiProperty({ type: OpenBreakDto, nullable: true })
  openBreak: OpenBreakDto | null;

  @ApiProperty({ type: SafetyHoldDto, nullable: true })
  safetyHold: SafetyHoldDto | null;

  @ApiProperty({ example: false, description: 'True while on a break: only “I’m ready” can be sent' })
  composerDisabled: boolean;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:00:00.000Z' })
  updatedAt: string;
}

export class MessageResponseDto {
  @ApiProperty({ format: 'uuid', example: '7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b' })
  id: string;

  @ApiProperty({ enum: ['user', 'coach'], example: 'coach' })
  role: ChatRole;

  @ApiProperty({ example: 'Welcome! Shall we begin?' })
  content: string;

  @ApiProperty(COMPONENT_SCHEMA)
  component: Component | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null })
  turnId: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:00:00.000Z' })
  createdAt: string;
}

export class MessagePageResponseDto {
  @ApiProperty({ type: [MessageResponseDto], description: 'Oldest first within the page' })
  items: MessageResponseDto[];

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: null,
    description: 'Pass as `before` for the next (older) page; null on the last page',
  })
  nextCursor: string | null;
}

export class MessagePageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MESSAGE_PAGE_MAX, default: MESSAGE_PAGE_DEFAULT, example: 50 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(MESSAGE_PAGE_MAX)
  limit?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'The id of the oldest message already shown' })
  @IsOptional()
  @IsUUID('all')
  before?: string;
}

export class CatalogPhaseDto {
  @ApiProperty({ enum: PHASES, example: 'introduction' })
  key: Phase;

  @ApiProperty({ example: 'Introduction' })
  label: string;

  @ApiProperty({ example: 'The coach explains identity-based coaching.' })
  summary: string;

  @ApiProperty({ enum: SESSIONS, example: 'welcome' })
  session: Session;

  @ApiProperty({ example: true })
  usesModel: boolean;
}

export class CatalogSessionDto {
  @ApiProperty({ enum: SESSIONS, example: 'welcome' })
  key: Session;

  @ApiProperty({ enum: PHASES, isArray: true, example: ['introduction'] })
  phases: Phase[];

  @ApiProperty({ example: true })
  introVideo: boolean;

  @ApiProperty({ example: false })
  outroVideo: boolean;
}

export class CatalogCategoryDto {
  @ApiProperty({ enum: IDENTITY_CATEGORIES, example: 'passions_and_talents' })
  key: IdentityCategory;

  @ApiProperty({ example: 'Passions and talents' })
  label: string;

  @ApiProperty({ example: 'What you love and what you are good at.' })
  description: string;

  @ApiProperty({ example: true })
  severalExpected: boolean;
}

export class CatalogVideoDto {
  @ApiProperty({ example: 'welcome_intro' })
  key: string;

  @ApiProperty({ enum: SESSIONS, example: 'welcome' })
  session: Session;

  @ApiProperty({ enum: ['intro', 'outro'], example: 'intro' })
  kind: 'intro' | 'outro';

  @ApiProperty({ example: 'Welcome to identity coaching' })
  title: string;

  @ApiProperty({ example: '/media/videos/welcome_intro.mp4' })
  url: string;

  @ApiProperty({ example: 10 })
  durationSeconds: number;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '/media/videos/welcome_intro.en.vtt',
    description: 'WebVTT captions for a <track> element; null when there are none.',
  })
  captionsUrl: string | null;
}

export class CoachCatalogResponseDto {
  @ApiProperty({ type: [CatalogPhaseDto] })
  phases: CatalogPhaseDto[];

  @ApiProperty({ type: [CatalogSessionDto] })
  sessions: CatalogSessionDto[];

  @ApiProperty({ type: [CatalogCategoryDto] })
  categories: CatalogCategoryDto[];

  @ApiProperty({ enum: IDENTITY_STATES, isArray: true, example: ['proposed', 'accepted'] })
  identityStates: IdentityState[];

  @ApiProperty({ type: [CatalogVideoDto] })
  videos: CatalogVideoDto[];
}

export class ResetCoachingDto {
  @ApiProperty({ example: true, description: 'Must be true: the reset deletes your coaching data' })
  @Equals(true)
  confirm: true;
}
