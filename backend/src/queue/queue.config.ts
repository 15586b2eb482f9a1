import { registerAs } from '@nestjs/config';
import { validateEnvironment } from 'src/config/env.validation';

export interface QueueConfig {
  driver: 'bullmq' | 'in-process';
  redisUrl?: string;
  runWorkers: boolean;
  concurrency: number;
  prefix: string;
}

export const buildQueueConfig = (source: Record<string, unknown> = process.env): QueueConfig => {
  const env = validateEnvironment(source);
  return {
    driver: env.REDIS_URL ? 'bullmq' : 'in-process',
    redisUrl: env.REDIS_URL,
    runWorkers: env.QUEUE_RUN_WORKERS ?? true,
    concurrency: env.QUEUE_CONCURRENCY ?? 8,
    prefix: env.QUEUE_PREFIX ?? 'devcoach',
  };
};

export const queueConfig = registerAs('queue', () => buildQueueConfig());
