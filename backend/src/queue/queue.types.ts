// The contract both queue drivers (BullMQ and in-process) implement. Feature code only
// sees QueueService, so switching REDIS_URL on or off never changes processor code.

export interface EnqueueOptions {
  /**
   * Deduplication key: a second enqueue with the same id while the first exists is a no-op.
   * "Exists" differs once the job finished: BullMQ keeps finished jobs (up to KEEP_*_JOBS per
   * queue) and keeps ignoring their id, the in-process driver forgets it. Put something unique
   * in the id (a date, a version) when the same work must be able to run again.
   */
  jobId?: string;
  /** Run no earlier than this many milliseconds from now. */
  delayMs?: number;
  /** Total tries including the first (default 5). */
  attempts?: number;
  /** First retry delay; doubles each attempt (default 1000 ms). */
  backoffMs?: number;
}

export interface JobContext<TData = unknown> {
  id: string;
  queue: string;
  name: string;
  data: TData;
  /** 1 on the first try. */
  attempt: number;
  maxAttempts: number;
}

export type JobHandler<TData = unknown> = (job: JobContext<TData>) => Promise<void>;

export interface ProcessorOptions {
  concurrency?: number;
}

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
}

/** A job that used up its attempts, as the back office lists it. */
export interface FailedJob {
  id: string;
  queue: string;
  name: string;
  data: unknown;
  /** Tries made, the last one included. */
  attemptsMade: number;
  maxAttempts: number;
  /** The last attempt's error message. */
  error: string;
  failedAt: Date;
  createdAt: Date;
}

export interface FailedJobRange {
  /** Zero-based, inclusive. */
  start: number;
  end: number;
  /** Oldest failure first instead of newest first. */
  oldestFirst?: boolean;
}

export interface QueueDriver {
  readonly kind: 'bullmq' | 'in-process';
  enqueue<TData>(queue: string, name: string, data: TData, options?: EnqueueOptions): Promise<string>;
  /** Register the handler for every job of a queue; one handler per queue. */
  process(queue: string, handler: JobHandler, options?: ProcessorOptions): void;
  /** Start consuming registered queues (not called in API-only processes). */
  startWorkers(): Promise<void>;
  /**
   * Stop consuming and wait for running jobs, but keep accepting enqueues. Lets shutdown finish
   * jobs while the database is still open and HTTP requests still draining can enqueue.
   */
  stopWorkers?(): Promise<void>;
  counts(queue: string): Promise<QueueCounts>;
  /** Failed jobs kept (up to KEEP_FAILED_JOBS per queue), newest failure first by default. */
  failedJobs(queue: string, range: FailedJobRange): Promise<FailedJob[]>;
  findFailedJob(queue: string, id: string): Promise<FailedJob | null>;
  /**
   * Puts a failed job back in line with a fresh set of attempts. False when it is no longer a
   * failed job (already retried, trimmed, or never failed).
   */
  retryFailedJob(queue: string, id: string): Promise<boolean>;
  ping(): Promise<void>;
  /** Stop taking jobs, wait for running ones to finish, release connections. */
  close(): Promise<void>;
}
