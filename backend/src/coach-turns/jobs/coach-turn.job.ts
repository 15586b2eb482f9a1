import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TurnRunner } from 'src/coach-turns/turn-runner.service';
import { QueueName } from 'src/queue/queue.constants';
import type { AllConfig } from 'src/config/config.types';
import { QueueService } from 'src/queue/queue.service';

// The coach queue's processor: thin, TurnRunner does the work and ignores finished turns.
@Injectable()
export class CoachTurnJob implements OnModuleInit {
  constructor(
    private readonly queue: QueueService,
    private readonly runner: TurnRunner,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  onModuleInit(): void {
    this.queue.process(
      QueueName.Coach,
      async (job) => {
        if (job.name === 'coach.turn') {
          await this.runner.run(job.data.turnId, job.attempt >= job.maxAttempts);
        }
      },
      { concurrency: this.config.get('coaching.turnConcurrency', { infer: true }) },
    );
  }
}
