import { inspect } from 'node:util';
import type { Logger } from '@nestjs/common';
import { DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS } from 'src/queue/queue.constants';
import type { EnqueueOptions, JobContext } from 'src/queue/queue.types';

// Shared by both drivers so defaults, validation and log lines cannot drift apart.

export interface ResolvedEnqueueOptions {
  jobId?: string;
  delayMs: number;
  attempts: number;
  backoffMs: number;
}

const nonNegative = (value: number, field: string): number => {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${field} must be a finite number >= 0 (got ${value})`);
  }
  return Math.round(value);
};

export const resolveEnqueueOptions = (options: EnqueueOptions = {}): ResolvedEnqueueOptions => {
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new RangeError(`attempts must be an integer >= 1 (got ${attempts})`);
  }
  // BullMQ silently treats '' as "no id"; rejecting it keeps both drivers strict and alike.
  if (options.jobId !== undefined && options.jobId.length === 0) {
    throw new RangeError('jobId must not be empty');
  }
  return {
    jobId: options.jobId,
    delayMs: nonNegative(options.delayMs ?? 0, 'delayMs'),
    attempts,
    backoffMs: nonNegative(options.backoffMs ?? DEFAULT_BACKOFF_MS, 'backoffMs'),
  };
};

export const resolveConcurrency = (requested: number | undefined, fallback: number): number => {
  const concurrency = requested ?? fallback;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be an integer >= 1 (got ${concurrency})`);
  }
  return concurrency;
};

/** Same formula as BullMQ's built-in 'exponential' strategy, so retries are timed alike. */
export const retryDelayMs = (backoffMs: number, failedAttempt: number): number =>
  Math.round(backoffMs * 2 ** (failedAttempt - 1));

export const toError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(typeof error === 'string' ? error : inspect(error));

export const logFinalFailure = (logger: Logger, job: JobContext, error: unknown): void => {
  const failure = toError(error);
  logger.error(
    `Job ${job.queue}/${job.id} (${job.name}) failed on attempt ${job.attempt}/${job.maxAttempts}: ${failure.message}`,
    failure.stack,
  );
};

/** Rejects with `onTimeout()` if `promise` has not settled within `ms`; always clears its timer. */
export const withTimeout = <T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), Math.max(0, ms));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

/** Runs `work` now; a synchronous throw becomes a rejection, as callers of an async API expect. */
export const settle = <T>(work: () => T): Promise<T> => new Promise<T>((resolve) => resolve(work()));
