import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { QueueName } from 'src/queue/queue.constants';
import { QueueService } from 'src/queue/queue.service';
import { studioConfig } from 'src/studio/config/studio.config';
import { DraftRunner } from 'src/studio/draft-runner.service';

// The studio queue's processor: thin, DraftRunner does the work and ignores finished drafts.
@Injectable()
export class GenerateImageJob implements OnModuleInit {
  constructor(
    private readonly queue: QueueService,
    private readonly runner: DraftRunner,
    @Inject(studioConfig.KEY) private readonly config: ConfigType<typeof studioConfig>,
  ) {}

  onModuleInit(): void {
    this.queue.process(
      QueueName.Studio,
      async (job) => {
        if (job.name === 'studio.image') {
          await this.runner.run(job.data.draftId, job.attempt >= job.maxAttempts);
        }
      },
      { concurrency: this.config.concurrency },
    );
  }
}
