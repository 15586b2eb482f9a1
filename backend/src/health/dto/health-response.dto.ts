import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LivenessDto {
  @ApiProperty({ example: 'ok', enum: ['ok'] })
  status: 'ok';

  /** Seconds since the process started. */
  @ApiProperty({ example: 42.1 })
  uptimeSeconds: number;
}

export class CheckResultDto {
  @ApiProperty({ enum: ['up', 'down'] })
  status: 'up' | 'down';

  @ApiProperty({ example: 2 })
  latencyMs: number;

  /** Error class of a failed check; never the raw driver message. */
  @ApiPropertyOptional({ example: 'ConnectionError' })
  error?: string;
}

export class ReadinessDto {
  @ApiProperty({ enum: ['ok', 'error'] })
  status: 'ok' | 'error';

  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/CheckResultDto' },
    example: { database: { status: 'up', latencyMs: 1 }, queue: { status: 'up', latencyMs: 0 } },
  })
  checks: Record<string, CheckResultDto>;
}
