import { ApiProperty } from '@nestjs/swagger';

const nullableUuid = { type: String, format: 'uuid', nullable: true } as const;
const nullableText = { type: String, nullable: true } as const;
const nullableDate = { type: String, format: 'date-time', nullable: true } as const;

/** A chat message, read-only: what the client wrote or the coach answered, with its card. */
export class AdminMessageDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ enum: ['user', 'coach'] })
  role: 'user' | 'coach';

  @ApiProperty()
  content: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The card shown with the message (see the coaching engine guide).',
  })
  component: Record<string, unknown> | null;

  @ApiProperty(nullableUuid)
  turnId: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

/** One action the model, a button or staff attempted, applied or rejected. Read-only. */
export class AdminActionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty(nullableUuid)
  turnId: string | null;

  @ApiProperty(nullableUuid)
  messageId: string | null;

  @ApiProperty({ example: 'create_identity' })
  type: string;

  @ApiProperty({ description: 'As given; any JSON value.' })
  params: unknown;

  @ApiProperty({ enum: ['applied', 'rejected'] })
  status: 'applied' | 'rejected';

  @ApiProperty({ enum: ['model', 'button', 'staff'] })
  source: 'model' | 'button' | 'staff';

  @ApiProperty()
  sequence: number;

  @ApiProperty(nullableText)
  summary: string | null;

  @ApiProperty({ ...nullableText, example: 'duplicate_name' })
  reasonCode: string | null;

  @ApiProperty(nullableText)
  reason: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

/** A fact the sentinel remembers about a client (live notes only). */
export class AdminNoteDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  text: string;

  @ApiProperty(nullableUuid)
  sourceMessageId: string | null;

  @ApiProperty({ description: 'The client rewrote it; the sentinel leaves it alone.' })
  editedByUser: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** A pause between sessions. */
export class AdminBreakDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ description: 'The session that ended.', example: 'welcome' })
  session: string;

  @ApiProperty({ format: 'date-time' })
  startedAt: string;

  @ApiProperty({ ...nullableDate, description: 'Null while the break is open.' })
  endedAt: string | null;
}
