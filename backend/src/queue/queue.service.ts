import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AllConfig } from 'src/config/config.types';
import { observeJob } from 'src/observability/job-observability';
import {
  type JobName,
  type JobPayloads,
  QUEUE_DRIVER,
  type QueueJob,
  type QueueName,
} from 'src/queue/queue.constants';
import type {
  EnqueueOptions,
  FailedJob,
  FailedJobRange,
  JobHandler,
  ProcessorOptions,
  QueueCounts,
  QueueDriver,
} from 'src/queue/queue.types';

/**
 * What feature modules use to produce and consume jobs. Register processors with `process()`
 * from `onModuleInit`: workers start in `onApplicationBootstrap`, after every module has
 * initialised, and only in processes configured to run them (QUEUE_RUN_WORKERS).
 */
@Injectable()
export class QueueService
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  constructor(
    @Inject(QUEUE_DRIVER) private readonly driver: QueueDriver,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  get kind(): QueueDriver['kind'] {
    return this.driver.kind;
  }

  /** Resolves to the job id (the given `jobId` when one was passed). */
  enqueue<N extends JobName>(
    queue: QueueName,
    name: N,
    data: JobPayloads[N],
    options?: EnqueueOptions,
  ): Promise<string> {
    return this.driver.enqueue(queue, name, data, options);
  }

  /** One processor per queue; it receives every job of that queue, narrowed by `job.name`. */
  process(queue: QueueName, handler: (job: QueueJob) => Promise<void>, options?: ProcessorOptions): void {
    // Sound as long as producers go through enqueue(), which ties each name to its payload type.
    // observeJob adds a span per attempt and reports last failures when observability is
    // configured (src/observability); otherwise it returns the handler untouched.
    this.driver.process(queue, observeJob(this.driver.kind, handler as JobHandler), options);
  }

  counts(queue: QueueName): Promise<QueueCounts> {
    return this.driver.counts(queue);
  }

  failedJobs(queue: QueueName, range: FailedJobRange): Promise<FailedJob[]> {
    return this.driver.failedJobs(queue, range);
  }

  findFailedJob(queue: QueueName, id: string): Promise<FailedJob | null> {
    return this.driver.findFailedJob(queue, id);
  }

  /** A failed job back in line with fresh attempts; false when it is no longer failed. */
  retryFailedJob(queue: QueueName, id: string): Promise<boolean> {
    return this.driver.retryFailedJob(queue, id);
  }

  ping(): Promise<void> {
    return this.driver.ping();
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.get('queue', { infer: true }).runWorkers) {
      await this.driver.startWorkers();
    }
  }

  // Two steps because shutdown hooks run before HTTP closes and before other modules' shutdown
  // hooks (TypeORM closes its pool in onApplicationShutdown): running jobs finish while the
  // database is still open and in-flight requests can still enqueue; connections go last.
  async beforeApplicationShutdown(): Promise<void> {
    await this.driver.stopWorkers?.();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }
}
