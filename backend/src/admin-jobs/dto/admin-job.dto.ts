import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsString, Length } from 'class-validator';
import { QueueName } from 'src/queue/queue.constants';

export class AdminQueueCountsDto {
  @ApiProperty({ enum: QueueName, enumName: 'QueueName', example: QueueName.Email })
  queue: QueueName;

  @ApiProperty({ example: 0 })
  waiting: number;

  @ApiProperty({ example: 0 })
  active: number;

  @ApiProperty({ example: 0, description: 'Waiting for a retry or a scheduled time.' })
  delayed: number;

  @ApiProperty({ example: 1, description: 'Out of attempts; kept up to 5000 per queue.' })
  failed: number;

  @ApiProperty({ example: 12, description: 'Kept up to 1000 per queue.' })
  completed: number;
}

export class AdminJobCountsDto {
  @ApiProperty({
    enum: ['bullmq', 'in-process'],
    description: 'BullMQ (Redis, survives restarts) or in-process (memory, lost on restart).',
  })
  driver: 'bullmq' | 'in-process';

  @ApiProperty({ type: [AdminQueueCountsDto] })
  queues: AdminQueueCountsDto[];
}

export class AdminFailedJobDto {
  @ApiProperty({ example: 'email/email-5e0c9a8b', description: '`<queue>/<jobId>`, unique across queues.' })
  id: string;

  @ApiProperty({ enum: QueueName, enumName: 'QueueName' })
  queue: QueueName;

  @ApiProperty({ example: 'email-5e0c9a8b' })
  jobId: string;

  @ApiProperty({ example: 'email.send' })
  name: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { outboxId: '5e0c9a8b-3c1d-4f2e-9a7b-6d5c4b3a2910' },
    description: 'The payload: ids of the rows the job works on, never the rows themselves.',
  })
  data: unknown;

  @ApiProperty({ example: 5 })
  attemptsMade: number;

  @ApiProperty({ example: 5 })
  maxAttempts: number;

  @ApiProperty({ example: 'Throttling: Rate exceeded', description: 'The last attempt’s error.' })
  error: string;

  @ApiProperty({ format: 'date-time' })
  failedAt: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class JobParamsDto {
  @ApiProperty({ enum: QueueName, enumName: 'QueueName' })
  @IsEnum(QueueName)
  queue: QueueName;

  @ApiProperty({ example: 'email-5e0c9a8b' })
  @IsString()
  @Length(1, 200)
  jobId: string;
}
