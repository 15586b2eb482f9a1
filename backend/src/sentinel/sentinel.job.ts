import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { QueueName } from 'src/queue/queue.constants';
import { QueueService } from 'src/queue/queue.service';
import { SentinelService } from 'src/sentinel/sentinel.service';

// The sentinel queue's processor: thin, SentinelService does the work and is idempotent.
@Injectable()
export class SentinelJob implements OnModuleInit {
  private readonly logger = new Logger(SentinelJob.name);

  constructor(
    private readonly queue: QueueService,
    private readonly sentinel: SentinelService,
  ) {}

  onModuleInit(): void {
    this.queue.process(QueueName.Sentinel, async (job) => {
      if (job.name === 'sentinel.extract') {
        const outcome = await this.sentinel.extract(job.data.userId);
        this.logger.log({ userId: job.data.userId, jobId: job.id, ...outcome }, 'Sentinel run');
      }
    });
  }
}
