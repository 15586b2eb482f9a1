import { ApiProperty } from '@nestjs/swagger';

/** One client's calls of one kind to one model with one set of prompt versions on one day (UTC). */
export class AdminUsageRowDto {
  @ApiProperty({ description: 'Stable key of the group: day, client, kind, model and prompt versions.' })
  id: string;

  @ApiProperty({ example: '2026-12-04' })
  day: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Null once the account is deleted.',
  })
  userId: string | null;

  @ApiProperty({
    enum: ['text', 'image'],
    example: 'text',
    description: 'text: chat and moderation calls; image: the studio’s image calls (docs/studio.md).',
  })
  kind: 'text' | 'image';

  @ApiProperty({ example: 'gpt-4.1-mini' })
  model: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  promptVersionIds: string[];

  @ApiProperty()
  calls: number;

  @ApiProperty({ description: 'Calls that ended in an error.' })
  errors: number;

  @ApiProperty()
  inputTokens: number;

  @ApiProperty()
  outputTokens: number;

  @ApiProperty()
  cachedTokens: number;

  @ApiProperty()
  totalTokens: number;

  @ApiProperty({ example: 0.0132 })
  costUsd: number;
}
