import { Logger } from '@nestjs/common';
import {
  logFinalFailure,
  resolveConcurrency,
  resolveEnqueueOptions,
  retryDelayMs,
  settle,
  toError,
} from 'src/queue/drivers/driver-utils';
import { KEEP_COMPLETED_JOBS, KEEP_FAILED_JOBS } from 'src/queue/queue.constants';
import { QueueClosedError } from 'src/queue/queue.errors';
import type {
  EnqueueOptions,
  FailedJob,
  FailedJobRange,
  JobContext,
  JobHandler,
  ProcessorOptions,
  QueueCounts,
  QueueDriver,
} from 'src/queue/queue.types';

export interface InProcessQueueDriverOptions {
  /** Per-queue concurrency when `process()` does not pass one. */
  concurrency: number;
}

interface PendingJob {
  readonly id: string;
  readonly queue: string;
  readonly name: string;
  readonly data: unknown;
  readonly customId: boolean;
  readonly maxAttempts: number;
  readonly backoffMs: number;
  readonly createdAt: Date;
  attemptsMade: number;
  timer?: NodeJS.Timeout;
}

interface FailedRecord {
  readonly job: PendingJob;
  readonly error: string;
  readonly failedAt: Date;
}

interface QueueState {
  readonly waiting: PendingJob[];
  readonly delayed: Set<PendingJob>;
  readonly active: Set<PendingJob>;
  /** Only caller-chosen ids dedupe; auto ids are unique by construction. */
  readonly byJobId: Map<string, PendingJob>;
  completed: number;
  /** Oldest first; trimmed to KEEP_FAILED_JOBS like BullMQ's failed set. */
  readonly failed: FailedRecord[];
  handler?: JobHandler;
  concurrency: number;
}

// BullMQ hands processors a JSON copy of the payload. Doing the same here means a payload that
// would break under BullMQ (a Date, a Map, a class instance) breaks in development too, and a
// processor can never mutate the caller's object.
const jsonCopy = (data: unknown): unknown =>
  data === undefined ? undefined : JSON.parse(JSON.stringify(data));

const toFailedJob = ({ job, error, failedAt }: FailedRecord): FailedJob => ({
  id: job.id,
  queue: job.queue,
  name: job.name,
  data: job.data,
  attemptsMade: job.attemptsMade,
  maxAttempts: job.maxAttempts,
  error,
  failedAt,
  createdAt: job.createdAt,
});

/**
 * Queue driver for single-process setups without Redis (development, tests, small installs).
 * Jobs live in memory, so anything not yet finished is lost when the process exits.
 */
export class InProcessQueueDriver implements QueueDriver {
  readonly kind = 'in-process' as const;

  private readonly logger = new Logger(InProcessQueueDriver.name);
  private readonly queues = new Map<string, QueueState>();
  private readonly running = new Set<Promise<void>>();
  private nextId = 0;
  private consuming = false;
  private closed = false;
  private closing?: Promise<void>;

  constructor(private readonly options: InProcessQueueDriverOptions) {
    resolveConcurrency(options.concurrency, 1);
  }

  enqueue<TData>(queue: string, name: string, data: TData, options?: EnqueueOptions): Promise<string> {
    return settle(() => this.add(queue, name, data, options));
  }

  process(queue: string, handler: JobHandler, options?: ProcessorOptions): void {
    const state = this.state(queue);
    if (state.handler) {
      throw new Error(`A processor is already registered for queue "${queue}"`);
    }
    state.concurrency = resolveConcurrency(options?.concurrency, this.options.concurrency);
    state.handler = handler;
    this.pump(state);
  }

  startWorkers(): Promise<void> {
    return settle(() => {
      if (this.closed) {
        throw new QueueClosedError();
      }
      this.consuming = true;
      for (const state of this.queues.values()) {
        this.pump(state);
      }
    });
  }

  async stopWorkers(): Promise<void> {
    this.consuming = false;
    await this.whenIdle();
  }

  counts(queue: string): Promise<QueueCounts> {
    const state = this.queues.get(queue);
    return Promise.resolve({
      waiting: state?.waiting.length ?? 0,
      active: state?.active.size ?? 0,
      delayed: state?.delayed.size ?? 0,
      failed: state?.failed.length ?? 0,
      completed: state?.completed ?? 0,
    });
  }

  failedJobs(queue: string, range: FailedJobRange): Promise<FailedJob[]> {
    const failed = this.queues.get(queue)?.failed ?? [];
    const ordered = range.oldestFirst ? failed : [...failed].reverse();
    return Promise.resolve(ordered.slice(range.start, range.end + 1).map(toFailedJob));
  }

  findFailedJob(queue: string, id: string): Promise<FailedJob | null> {
    const record = this.queues.get(queue)?.failed.find((entry) => entry.job.id === id);
    return Promise.resolve(record ? toFailedJob(record) : null);
  }

  retryFailedJob(queue: string, id: string): Promise<boolean> {
    return settle(() => {
      if (this.closed) {
        throw new QueueClosedError();
      }
      const state = this.queues.get(queue);
      const index = state?.failed.findIndex((entry) => entry.job.id === id) ?? -1;
      const job = state?.failed[index]?.job;
      // A new job took the caller-chosen id meanwhile: running this one too would run it twice.
      if (!state || !job || (job.customId && state.byJobId.has(job.id))) {
        return false;
      }
      state.failed.splice(index, 1);
      job.attemptsMade = 0;
      if (job.customId) {
        state.byJobId.set(job.id, job);
      }
      state.waiting.push(job);
      this.pump(state);
      return true;
    });
  }

  ping(): Promise<void> {
    return this.closed ? Promise.reject(new QueueClosedError()) : Promise.resolve();
  }

  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private add(queue: string, name: string, data: unknown, options?: EnqueueOptions): string {
    if (this.closed) {
      throw new QueueClosedError();
    }
    const resolved = resolveEnqueueOptions(options);
    const state = this.state(queue);
    if (resolved.jobId !== undefined) {
      const existing = state.byJobId.get(resolved.jobId);
      if (existing) {
        return existing.id;
      }
    }
    const job: PendingJob = {
      id: resolved.jobId ?? String(++this.nextId),
      queue,
      name,
      data: jsonCopy(data),
      customId: resolved.jobId !== undefined,
      maxAttempts: resolved.attempts,
      backoffMs: resolved.backoffMs,
      createdAt: new Date(),
      attemptsMade: 0,
    };
    if (job.customId) {
      state.byJobId.set(job.id, job);
    }
    if (resolved.delayMs > 0) {
      this.delay(state, job, resolved.delayMs);
    } else {
      state.waiting.push(job);
      this.pump(state);
    }
    return job.id;
  }

  private async shutdown(): Promise<void> {
    this.closed = true;
    this.consuming = false;
    for (const state of this.queues.values()) {
      for (const job of state.delayed) {
        clearTimeout(job.timer);
        job.timer = undefined;
      }
    }
    await this.whenIdle();
  }

  private state(queue: string): QueueState {
    let state = this.queues.get(queue);
    if (!state) {
      state = {
        waiting: [],
        delayed: new Set(),
        active: new Set(),
        byJobId: new Map(),
        completed: 0,
        failed: [],
        concurrency: this.options.concurrency,
      };
      this.queues.set(queue, state);
    }
    return state;
  }

  private delay(state: QueueState, job: PendingJob, delayMs: number): void {
    state.delayed.add(job);
    if (this.closed) {
      // Shutting down: the job stays delayed and unprocessed, like one left in Redis.
      return;
    }
    job.timer = setTimeout(() => {
      job.timer = undefined;
      state.delayed.delete(job);
      state.waiting.push(job);
      this.pump(state);
    }, delayMs);
    // A pending retry must not keep an otherwise finished process (or test run) alive.
    job.timer.unref();
  }

  private pump(state: QueueState): void {
    const handler = state.handler;
    if (!handler || !this.consuming || this.closed) {
      return;
    }
    while (state.active.size < state.concurrency) {
      const job = state.waiting.shift();
      if (!job) {
        return;
      }
      // Marked active synchronously so the concurrency check above stays exact.
      state.active.add(job);
      const run = this.run(state, job, handler).catch((error: unknown) =>
        this.logger.error(`Queue bookkeeping failed for ${job.queue}/${job.id}`, toError(error).stack),
      );
      this.running.add(run);
      void run.finally(() => this.running.delete(run));
    }
  }

  private async run(state: QueueState, job: PendingJob, handler: JobHandler): Promise<void> {
    // Never run a handler inside the enqueue() call that triggered it, as BullMQ never does.
    await Promise.resolve();
    job.attemptsMade += 1;
    const context: JobContext = {
      id: job.id,
      queue: job.queue,
      name: job.name,
      data: job.data,
      attempt: job.attemptsMade,
      maxAttempts: job.maxAttempts,
    };
    try {
      await handler(context);
      state.completed = Math.min(state.completed + 1, KEEP_COMPLETED_JOBS);
      this.forget(state, job);
    } catch (error) {
      if (context.attempt < job.maxAttempts) {
        this.delay(state, job, retryDelayMs(job.backoffMs, context.attempt));
      } else {
        state.failed.push({ job, error: toError(error).message, failedAt: new Date() });
        if (state.failed.length > KEEP_FAILED_JOBS) {
          state.failed.shift();
        }
        this.forget(state, job);
        logFinalFailure(this.logger, context, error);
      }
    } finally {
      state.active.delete(job);
      this.pump(state);
    }
  }

  private forget(state: QueueState, job: PendingJob): void {
    if (job.customId && state.byJobId.get(job.id) === job) {
      state.byJobId.delete(job.id);
    }
  }

  private async whenIdle(): Promise<void> {
    // Loop because a job finishing can start the next one before we look again.
    while (this.running.size > 0) {
      await Promise.allSettled([...this.running]);
    }
  }
}
