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
  ping(): Promise<void>;
  /** Stop taking jobs, wait for running ones to finish, release connections. */
  close(): Promise<void>;
}
