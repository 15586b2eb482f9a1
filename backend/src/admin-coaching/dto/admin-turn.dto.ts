import { ApiProperty } from '@nestjs/swagger';
import { TURN_STATUSES, type TurnStatus } from 'src/coaching/entities/turn.entity';

const nullableInt = { type: Number, nullable: true } as const;
const nullableDate = { type: String, format: 'date-time', nullable: true } as const;

export class AdminTurnDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ enum: TURN_STATUSES, enumName: 'TurnStatus' })
  status: TurnStatus;

  @ApiProperty({ description: 'Queued or streaming past its lease: the process running it is gone.' })
  stuck: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'What the client wrote, if anything.' })
  message: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The card button pressed, if any.' })
  buttonId: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'gpt-4.1-mini' })
  model: string | null;

  @ApiProperty({ type: [String], format: 'uuid' })
  promptVersionIds: string[];

  @ApiProperty(nullableInt)
  inputTokens: number | null;

  @ApiProperty(nullableInt)
  outputTokens: number | null;

  @ApiProperty(nullableInt)
  cachedTokens: number | null;

  @ApiProperty(nullableInt)
  reasoningTokens: number | null;

  @ApiProperty({ ...nullableInt, description: 'Whole turn, milliseconds.' })
  latencyMs: number | null;

  @ApiProperty({ ...nullableInt, description: 'Time to the first streamed token, milliseconds.' })
  ttftMs: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'worker_lost' })
  errorCode: string | null;

  @ApiProperty(nullableDate)
  leaseExpiresAt: string | null;

  @ApiProperty(nullableDate)
  startedAt: string | null;

  @ApiProperty(nullableDate)
  finishedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}
