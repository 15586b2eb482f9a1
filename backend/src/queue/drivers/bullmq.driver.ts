import { Logger } from '@nestjs/common';
import { type Job, type JobsOptions, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import {
  logFinalFailure,
  resolveConcurrency,
  resolveEnqueueOptions,
  toError,
  withTimeout,
} from 'src/queue/drivers/driver-utils';
import { KEEP_COMPLETED_JOBS, KEEP_FAILED_JOBS } from 'src/queue/queue.constants';
import type { QueueConfig } from 'src/queue/queue.config';
import { QueueClosedError, QueueTimeoutError, QueueUnavailableError } from 'src/queue/queue.errors';
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

export interface BullMqQueueDriverOptions {
  /** Longest enqueue()/counts() wait for Redis before rejecting. */
  commandTimeoutMs?: number;
  /** Longest ping() waits for PONG. */
  pingTimeoutMs?: number;
  /** How long close()/stopWorkers() let running jobs finish before dropping the connections. */
  closeTimeoutMs?: number;
  /** A running job's lock; the worker renews it every half of this while the job runs. */
  lockDurationMs?: number;
  /** How often workers look for jobs whose lock ran out (their worker died). */
  stalledIntervalMs?: number;
}

// BullMQ's defaults (30 s lock, 30 s stalled check) left a killed worker's job waiting about a
// minute before another worker took it, a minute a client watches a spinner. A job whose worker
// is alive never loses its lock however long it runs (a slow model call): the worker renews it
// every half lock from a timer. So the lock only has to outlast event-loop stalls, and a dead
// worker's job is back in the queue within lock + interval, 8 + 5 = 13 s at worst.
export const DEFAULT_LOCK_DURATION_MS = 8000;
export const DEFAULT_STALLED_INTERVAL_MS = 5000;
// A job may come back from a stall twice (one false alarm after a long GC pause, then a real
// crash) before BullMQ fails it; handlers are idempotent (coach turns hold their own lease).
const MAX_STALLED_COUNT = 2;

const ERROR_LOG_INTERVAL_MS = 30_000;
const CONNECTION_ERROR_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
const CONNECTION_ERROR_MESSAGES = ["Stream isn't writeable", 'Connection is closed'];

// BullMQ refuses custom ids that look like integers (they would clash with its auto-increment
// ids) and ids containing ':' (its key separator). Callers should not have to know, so ids are
// escaped reversibly: '%' and ':' are percent-encoded and integer-looking ids get a '%N' prefix,
// which cannot occur otherwise because every other '%' is followed by '25' or '3A'.
export const encodeJobId = (id: string): string => {
  const escaped = id.replace(/[%:]/g, (char) => (char === '%' ? '%25' : '%3A'));
  return `${Number.parseInt(escaped, 10)}` === escaped ? `%N${escaped}` : escaped;
};

export const decodeJobId = (id: string): string =>
  id.replace(/^%N/, '').replace(/%(25|3A)/g, (_, code: string) => (code === '25' ? '%' : ':'));

type Registration = { handler: JobHandler; concurrency: number };

const toFailedJob = (queue: string, job: Job): FailedJob => ({
  id: decodeJobId(job.id ?? ''),
  queue,
  name: job.name,
  data: job.data as unknown,
  attemptsMade: job.attemptsMade,
  maxAttempts: job.opts.attempts ?? 1,
  error: job.failedReason,
  failedAt: new Date(job.finishedOn ?? job.timestamp),
  createdAt: new Date(job.timestamp),
});

/**
 * Redis-backed driver for production: jobs survive restarts and can be consumed by separate
 * worker processes. API processes only produce; `startWorkers()` is what makes a process consume.
 */
export class BullMqQueueDriver implements QueueDriver {
  readonly kind = 'bullmq' as const;

  private readonly logger = new Logger(BullMqQueueDriver.name);
  private readonly commandTimeoutMs: number;
  private readonly pingTimeoutMs: number;
  private readonly closeTimeoutMs: number;
  private readonly lockDurationMs: number;
  private readonly stalledIntervalMs: number;
  private readonly producer: Redis;
  private workerConnection?: Redis;
  private readonly queues = new Map<string, Promise<Queue>>();
  private readonly registrations = new Map<string, Registration>();
  private readonly workers = new Map<string, Worker>();
  private readonly degradedConnections = new Set<string>();
  private readonly lastErrorLog = new Map<string, number>();
  private consuming = false;
  private closed = false;
  private closing?: Promise<void>;

  constructor(
    private readonly config: QueueConfig,
    options: BullMqQueueDriverOptions = {},
  ) {
    if (!config.redisUrl) {
      throw new Error('The BullMQ queue driver needs REDIS_URL');
    }
    this.commandTimeoutMs = options.commandTimeoutMs ?? 1500;
    this.pingTimeoutMs = options.pingTimeoutMs ?? 1000;
    this.closeTimeoutMs = options.closeTimeoutMs ?? 30_000;
    this.lockDurationMs = options.lockDurationMs ?? DEFAULT_LOCK_DURATION_MS;
    this.stalledIntervalMs = options.stalledIntervalMs ?? DEFAULT_STALLED_INTERVAL_MS;
    // Shared by every Queue (producer side). Without an offline queue ioredis rejects commands
    // at once while disconnected instead of buffering them until Redis returns, so an HTTP
    // request that enqueues gets an error it can turn into a 503 rather than hanging forever.
    // maxRetriesPerRequest: 1 bounds a command that was in flight when the connection dropped.
    this.producer = new Redis(config.redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectionName: `${config.prefix}:producer`,
    });
    this.watchConnection(this.producer, 'producer');
  }

  async enqueue<TData>(queue: string, name: string, data: TData, options?: EnqueueOptions): Promise<string> {
    this.assertOpen();
    const resolved = resolveEnqueueOptions(options);
    const jobOptions: JobsOptions = {
      attempts: resolved.attempts,
      backoff: { type: 'exponential', delay: resolved.backoffMs },
      delay: resolved.delayMs,
      ...(resolved.jobId === undefined ? {} : { jobId: encodeJobId(resolved.jobId) }),
    };
    // An add that times out may still land in Redis later; callers that retry should pass a
    // jobId so the retry dedupes instead of enqueueing twice.
    const job = await this.withDeadline(`enqueue to "${queue}"`, async () => {
      const bullQueue = await this.queue(queue);
      return bullQueue.add(name, data, jobOptions);
    });
    if (resolved.jobId !== undefined) {
      return resolved.jobId;
    }
    if (job.id === undefined) {
      throw new Error(`BullMQ returned no id for a job added to "${queue}"`);
    }
    return job.id;
  }

  process(queue: string, handler: JobHandler, options?: ProcessorOptions): void {
    if (this.registrations.has(queue)) {
      throw new Error(`A processor is already registered for queue "${queue}"`);
    }
    this.registrations.set(queue, {
      handler,
      concurrency: resolveConcurrency(options?.concurrency, this.config.concurrency),
    });
    if (this.consuming) {
      this.startWorker(queue);
    }
  }

  async startWorkers(): Promise<void> {
    this.assertOpen();
    this.consuming = true;
    for (const queue of this.registrations.keys()) {
      this.startWorker(queue);
    }
    const ready = Promise.all([...this.workers.values()].map((worker) => worker.waitUntilReady()));
    try {
      await withTimeout(ready, this.commandTimeoutMs, () => new QueueTimeoutError('Redis not ready'));
    } catch (error) {
      // Not fatal: workers keep reconnecting on their own and consume once Redis answers.
      this.logger.warn(`Queue workers started without Redis: ${toError(error).message}`);
    }
  }

  async stopWorkers(): Promise<void> {
    this.consuming = false;
    const workers = [...this.workers.values()];
    this.workers.clear();
    await Promise.all(workers.map((worker) => this.closeWorker(worker)));
  }

  async counts(queue: string): Promise<QueueCounts> {
    this.assertOpen();
    const counts = await this.withDeadline(`count jobs in "${queue}"`, async () => {
      const bullQueue = await this.queue(queue);
      // BullMQ 6 has no separate 'paused' list; paused queues keep their jobs in 'waiting'.
      return bullQueue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed');
    });
    const count = (state: string): number => counts[state] ?? 0;
    return {
      waiting: count('waiting') + count('prioritized'),
      active: count('active'),
      delayed: count('delayed'),
      failed: count('failed'),
      completed: count('completed'),
    };
  }

  async failedJobs(queue: string, range: FailedJobRange): Promise<FailedJob[]> {
    this.assertOpen();
    const jobs = await this.withDeadline(`list failed jobs in "${queue}"`, async () => {
      const bullQueue = await this.queue(queue);
      // The failed set is ordered by when each job failed; getJobs reads it newest first unless asc.
      return bullQueue.getJobs(['failed'], range.start, range.end, range.oldestFirst ?? false);
    });
    return jobs.map((job) => toFailedJob(queue, job as Job));
  }

  async findFailedJob(queue: string, id: string): Promise<FailedJob | null> {
    const job = await this.failedJob(queue, id);
    return job ? toFailedJob(queue, job) : null;
  }

  async retryFailedJob(queue: string, id: string): Promise<boolean> {
    const job = await this.failedJob(queue, id);
    if (!job) {
      return false;
    }
    try {
      // A fresh set of attempts, as the in-process driver gives.
      await this.withDeadline(`retry job ${id} in "${queue}"`, () =>
        job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true }),
      );
      return true;
    } catch (error) {
      // Someone retried it first, or it was trimmed: BullMQ refuses a job no longer in the failed set.
      if (error instanceof QueueUnavailableError || (await this.failedJob(queue, id)) !== null) {
        throw error;
      }
      return false;
    }
  }

  async ping(): Promise<void> {
    this.assertOpen();
    try {
      await withTimeout(
        this.producerReady(this.pingTimeoutMs).then(() => this.producer.ping()),
        this.pingTimeoutMs,
        () => new QueueTimeoutError(`Redis did not answer PING within ${this.pingTimeoutMs} ms`),
      );
    } catch (error) {
      throw error instanceof QueueUnavailableError
        ? error
        : new QueueUnavailableError(`Redis PING failed: ${toError(error).message}`, { cause: error });
    }
  }

  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    this.closed = true;
    await this.stopWorkers();
    const queues = await Promise.allSettled([...this.queues.values()]);
    this.queues.clear();
    await Promise.allSettled(
      queues.flatMap((result) => (result.status === 'fulfilled' ? [result.value.close()] : [])),
    );
    await Promise.all([this.disconnect(this.producer), this.disconnect(this.workerConnection)]);
  }

  private assertOpen(): void {
    if (this.closed) {
      throw new QueueClosedError();
    }
  }

  private async failedJob(queue: string, id: string): Promise<Job | null> {
    this.assertOpen();
    return this.withDeadline(`find job ${id} in "${queue}"`, async () => {
      const bullQueue = await this.queue(queue);
      // A caller's id is stored encoded; BullMQ's own ids are plain integers, which decode to
      // themselves, so an integer-looking id may be either.
      const candidates = [...new Set([encodeJobId(id), id])];
      for (const candidate of candidates) {
        const job = (await bullQueue.getJob(candidate)) as Job | undefined;
        if (job && (await job.isFailed())) {
          return job;
        }
      }
      return null;
    });
  }

  private queue(name: string): Promise<Queue> {
    let pending = this.queues.get(name);
    if (!pending) {
      const opening = this.openQueue(name);
      // A queue that failed to open is forgotten so the next call tries again.
      opening.catch(() => {
        if (this.queues.get(name) === opening) {
          this.queues.delete(name);
        }
      });
      this.queues.set(name, opening);
      pending = opening;
    }
    return pending;
  }

  private async openQueue(name: string): Promise<Queue> {
    // BullMQ runs an INFO version check when a Queue first connects and, if that fails, the
    // Queue stays broken for good. So a Queue is only created over a connection that is up.
    await this.producerReady(this.commandTimeoutMs);
    const queue = new Queue(name, {
      connection: this.producer,
      prefix: this.config.prefix,
      defaultJobOptions: {
        removeOnComplete: { count: KEEP_COMPLETED_JOBS },
        removeOnFail: { count: KEEP_FAILED_JOBS },
      },
    });
    // Connection problems are logged once from the connection itself; without a listener an
    // 'error' event would be rethrown inside BullMQ.
    queue.on('error', (error) => this.logger.debug(`Queue "${name}" error: ${error.message}`));
    try {
      await queue.waitUntilReady();
      return queue;
    } catch (error) {
      await queue.close().catch(() => undefined);
      throw error;
    }
  }

  private producerReady(timeoutMs: number): Promise<void> {
    const status = this.producer.status;
    if (status === 'ready') {
      return Promise.resolve();
    }
    // Known to be down: fail now rather than make every request wait out the timeout.
    if (status === 'reconnecting' || status === 'close' || status === 'end') {
      return Promise.reject(new QueueUnavailableError(`Redis is unavailable (connection ${status})`));
    }
    // Still connecting (startup): worth a short wait.
    return new Promise((resolve, reject) => {
      const onReady = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.producer.off('ready', onReady);
        reject(new QueueTimeoutError(`Redis not ready within ${timeoutMs} ms`));
      }, timeoutMs);
      this.producer.once('ready', onReady);
    });
  }

  private async withDeadline<T>(operation: string, work: () => Promise<T>): Promise<T> {
    try {
      return await withTimeout(
        work(),
        this.commandTimeoutMs,
        () => new QueueTimeoutError(`Timed out after ${this.commandTimeoutMs} ms trying to ${operation}`),
      );
    } catch (error) {
      if (error instanceof QueueUnavailableError || !this.isConnectionError(error)) {
        throw error;
      }
      throw new QueueUnavailableError(`Could not ${operation}: ${toError(error).message}`, { cause: error });
    }
  }

  private isConnectionError(error: unknown): boolean {
    // ioredis signals "not connected" with plain Errors. Telling them apart from real command
    // failures (bad arguments, script errors), which should surface unchanged, takes the
    // connection status plus the messages of the race where the socket died while the status
    // still said 'ready'.
    if (this.producer.status !== 'ready') {
      return true;
    }
    if (!(error instanceof Error)) {
      return false;
    }
    const code = (error as NodeJS.ErrnoException).code;
    return (
      error.name === 'MaxRetriesPerRequestError' ||
      CONNECTION_ERROR_CODES.has(code ?? '') ||
      CONNECTION_ERROR_MESSAGES.some((message) => error.message.includes(message))
    );
  }

  private startWorker(queue: string): void {
    const registration = this.registrations.get(queue);
    if (!registration || this.workers.has(queue)) {
      return;
    }
    const worker = new Worker(queue, (job: Job) => this.runJob(queue, registration.handler, job), {
      connection: this.workerConnectionFor(),
      prefix: this.config.prefix,
      concurrency: registration.concurrency,
      lockDuration: this.lockDurationMs,
      stalledInterval: this.stalledIntervalMs,
      maxStalledCount: MAX_STALLED_COUNT,
      removeOnComplete: { count: KEEP_COMPLETED_JOBS },
      removeOnFail: { count: KEEP_FAILED_JOBS },
    });
    worker.on('error', (error) => this.logThrottled(`worker "${queue}"`, error));
    this.workers.set(queue, worker);
  }

  private workerConnectionFor(): Redis {
    if (!this.workerConnection) {
      // Separate from the producer: workers must ride out outages (BullMQ requires
      // maxRetriesPerRequest: null and an offline queue for them), while producers must fail fast.
      // Each Worker still duplicates it for its own blocking connection.
      this.workerConnection = new Redis(this.config.redisUrl ?? '', {
        maxRetriesPerRequest: null,
        connectionName: `${this.config.prefix}:worker`,
      });
      this.watchConnection(this.workerConnection, 'worker');
    }
    return this.workerConnection;
  }

  private async runJob(queue: string, handler: JobHandler, job: Job): Promise<void> {
    const context: JobContext = {
      id: decodeJobId(job.id ?? ''),
      queue,
      name: job.name,
      data: job.data as unknown,
      // attemptsMade counts finished tries only, so it is 0 during the first one.
      attempt: job.attemptsMade + 1,
      maxAttempts: job.opts.attempts ?? 1,
    };
    try {
      await handler(context);
    } catch (error) {
      if (context.attempt >= context.maxAttempts) {
        logFinalFailure(this.logger, context, error);
      }
      // BullMQ reads `.message`/`.stack`; a thrown string would be recorded as undefined.
      throw toError(error);
    }
  }

  private async closeWorker(worker: Worker): Promise<void> {
    const graceful = worker.close();
    try {
      await withTimeout(graceful, this.closeTimeoutMs, () => new QueueTimeoutError('worker close timed out'));
    } catch (error) {
      this.logger.warn(
        `Queue worker "${worker.name}" did not stop cleanly (${toError(error).message}); disconnecting`,
      );
      graceful.catch(() => undefined);
      await worker.disconnect().catch(() => undefined);
    }
  }

  private async disconnect(client: Redis | undefined): Promise<void> {
    if (!client || client.status === 'end') {
      return;
    }
    if (client.status === 'ready') {
      try {
        await withTimeout(client.quit(), this.closeTimeoutMs, () => new QueueTimeoutError('QUIT timed out'));
        return;
      } catch {
        // Fall through: drop the socket instead.
      }
    }
    client.disconnect();
  }

  private watchConnection(client: Redis, label: string): void {
    // One line per outage instead of one per reconnect attempt.
    client.on('error', (error: Error) => {
      if (!this.degradedConnections.has(label)) {
        this.degradedConnections.add(label);
        this.logger.warn(`Redis ${label} connection error: ${error.message}`);
      }
    });
    client.on('ready', () => {
      if (this.degradedConnections.delete(label)) {
        this.logger.log(`Redis ${label} connection restored`);
      }
    });
  }

  private logThrottled(source: string, error: Error): void {
    const now = Date.now();
    if (now - (this.lastErrorLog.get(source) ?? 0) < ERROR_LOG_INTERVAL_MS) {
      return;
    }
    this.lastErrorLog.set(source, now);
    this.logger.warn(`Queue ${source} error: ${error.message}`);
  }
}
