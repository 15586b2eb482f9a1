import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CoachStateResponseDto, MessageResponseDto } from 'src/coaching/dto/coach.dto';
import { TURN_STATUSES, type TurnStatus } from 'src/coaching/entities/turn.entity';

/** The documented limit of one client message. */
export const TURN_MESSAGE_MAX_LENGTH = 4000;
/** The most actions one button carries is two (video Continue); a little headroom. */
export const TURN_ACTIONS_MAX = 5;

export class PressedButtonDto {
  @ApiProperty({
    format: 'uuid',
    example: '7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b',
    description: 'The coach message whose card the button is on',
  })
  @IsUUID('all')
  messageId: string;

  @ApiProperty({ example: 'continue', description: 'The button’s `id` on that card' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  buttonId: string;
}

export class ButtonActionDto {
  @ApiProperty({ example: 'acknowledge_video', description: 'Exactly as the card’s button carries it' })
  @IsString()
  @MaxLength(60)
  type: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { key: 'welcome_intro' },
    description: 'As the button carries them; only params the card marks `editable` may differ',
  })
  @IsObject()
  params: Record<string, unknown>;

  @ApiPropertyOptional({
    type: [String],
    example: ['statement'],
    description:
      'Accepted and ignored, so a card button’s actions can be sent back exactly as served; the card’s own list decides what may be edited',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  editable?: string[];
}

export class CreateTurnDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: TURN_MESSAGE_MAX_LENGTH,
    example: 'I grew up by the sea.',
    description: 'What the client typed. A turn needs a message, a button, or both.',
  })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @IsString()
  @MaxLength(TURN_MESSAGE_MAX_LENGTH)
  message?: string | null;

  @ApiPropertyOptional({
    type: PressedButtonDto,
    description: 'The card button pressed; required with `actions` and for reply-only buttons',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PressedButtonDto)
  button?: PressedButtonDto;

  @ApiPropertyOptional({
    type: [ButtonActionDto],
    maxItems: TURN_ACTIONS_MAX,
    description: 'The pressed button’s actions, in order, as the card offered them',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TURN_ACTIONS_MAX)
  @ValidateNested({ each: true })
  @Type(() => ButtonActionDto)
  actions?: ButtonActionDto[];
}

export class CreateTurnQueryDto {
  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: 'Block until the turn is done and answer with its result (200) instead of 202',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  wait?: boolean;
}

export class TurnInputDto {
  @ApiProperty({ type: String, nullable: true, example: 'I grew up by the sea.' })
  message: string | null;

  @ApiProperty({ type: PressedButtonDto, nullable: true })
  button: PressedButtonDto | null;

  @ApiProperty({ type: [ButtonActionDto] })
  actions: ButtonActionDto[];
}

export class TurnUsageDto {
  @ApiProperty({ example: 1830 })
  inputTokens: number;

  @ApiProperty({ example: 96 })
  outputTokens: number;

  @ApiProperty({ example: 0 })
  cachedTokens: number;

  @ApiProperty({ example: 0 })
  reasoningTokens: number;
}

export class TurnResponseDto {
  @ApiProperty({ format: 'uuid', example: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' })
  id: string;

  @ApiProperty({ enum: TURN_STATUSES, example: 'queued' })
  status: TurnStatus;

  @ApiProperty({ type: TurnInputDto })
  input: TurnInputDto;

  @ApiProperty({ type: String, nullable: true, example: 'gpt-4o-mini' })
  model: string | null;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Prompt versions the reply was built from' })
  promptVersionIds: string[];

  @ApiProperty({ type: TurnUsageDto, nullable: true })
  usage: TurnUsageDto | null;

  @ApiProperty({ type: Number, nullable: true, example: 1840, description: 'Model time, all passes' })
  latencyMs: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 420, description: 'Time to the first token' })
  ttftMs: number | null;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'Why the turn failed' })
  errorCode: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:00:00.000Z' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  finishedAt: string | null;
}

export class TurnActionDto {
  @ApiProperty({ example: 'create_identity' })
  type: string;

  @ApiProperty({ type: 'object', additionalProperties: true, example: { category: 'spiritual' } })
  params: unknown;

  @ApiProperty({ enum: ['applied', 'rejected'], example: 'applied' })
  status: 'applied' | 'rejected';

  @ApiProperty({ enum: ['model', 'button', 'staff'], example: 'model' })
  source: 'model' | 'button' | 'staff';

  @ApiProperty({ type: String, nullable: true, example: 'Created identity “Runner”.' })
  summary: string | null;

  @ApiProperty({ type: String, nullable: true, example: null })
  reasonCode: string | null;
}

export class TurnAcceptedResponseDto {
  @ApiProperty({ type: TurnResponseDto })
  turn: TurnResponseDto;
}

export class TurnResultResponseDto {
  @ApiProperty({ type: TurnResponseDto })
  turn: TurnResponseDto;

  @ApiProperty({
    type: [MessageResponseDto],
    description: 'The turn’s messages: the client’s, then the coach’s',
  })
  messages: MessageResponseDto[];

  @ApiProperty({ type: [TurnActionDto], description: 'Every action of the turn, applied or rejected' })
  actions: TurnActionDto[];

  @ApiProperty({ type: CoachStateResponseDto, description: 'The coach state now' })
  state: CoachStateResponseDto;
}
