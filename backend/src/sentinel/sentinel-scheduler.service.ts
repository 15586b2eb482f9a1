import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AllConfig } from 'src/config/config.types';
import { QueueName } from 'src/queue/queue.constants';
import { QueueService } from 'src/queue/queue.service';
import { UserNotesRepository } from 'src/notes/user-notes.repository';

export const SENTINEL_ATTEMPTS = 3;

/**
 * Debounces the sentinel per client with fixed time windows: every message of one window maps
 * to the same job id (a second enqueue is a no-op) and the job runs when the window closes, so
 * it reads all of them and a burst costs one model call.
 */
@Injectable()
export class SentinelScheduler {
  private readonly logger = new Logger(SentinelScheduler.name);

  constructor(
    private readonly queue: QueueService,
    private readonly notes: UserNotesRepository,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  /**
   * Called after a client's message is committed. Never throws: memory must not fail a turn.
   * `memoryEnabled`: the setting as the caller already read it (the turn intake does, under the
   * state lock), saving a query; the job checks it again when it runs.
   */
  async afterUserMessage(userId: string, now = Date.now(), memoryEnabled?: boolean): Promise<string | null> {
    try {
      if (!(memoryEnabled ?? (await this.notes.memoryEnabled(userId)))) {
        return null;
      }
      const windowMs = Math.max(this.config.get('coaching.sentinelDebounceMs', { infer: true }), 1);
      const window = Math.floor(now / windowMs);
      const jobId = `sentinel-${userId}-${window}`;
      await this.queue.enqueue(
        QueueName.Sentinel,
        'sentinel.extract',
        { userId },
        { jobId, delayMs: (window + 1) * windowMs - now, attempts: SENTINEL_ATTEMPTS, backoffMs: 2000 },
      );
      return jobId;
    } catch (error) {
      this.logger.error({ err: error, userId }, 'Could not schedule the sentinel');
      return null;
    }
  }
}
