import { parseRetryAfterSeconds } from './errors.js';

export interface RetryOptions {
  /** Retries after the first attempt (default 3; 0 turns retrying off). */
  maxRetries?: number;
  /** First backoff step (default 500 ms); each retry doubles it, with full jitter. */
  baseDelayMs?: number;
  /** No single wait is longer than this (default 30 s). A `Retry-After` above it is not waited
   * for: the 429/503 goes back to the caller, who can decide (a daily quota resets at midnight). */
  maxDelayMs?: number;
  /** Source of randomness for the jitter (tests pin it). */
  random?: () => number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export const resolveRetryOptions = (options: RetryOptions = {}): ResolvedRetryOptions => ({
  maxRetries: options.maxRetries ?? 3,
  baseDelayMs: options.baseDelayMs ?? 500,
  maxDelayMs: options.maxDelayMs ?? 30_000,
  random: options.random ?? Math.random,
});

const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503]);
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * Whether a request may be sent again: only when doing it twice cannot do something twice —
 * an idempotent method, or a request the server deduplicates by its `Idempotency-Key`.
 */
export const isRetrySafe = (request: Request): boolean =>
  IDEMPOTENT_METHODS.has(request.method.toUpperCase()) || request.headers.has('idempotency-key');

/**
 * How long to wait before retry number `attempt` (0-based) of an answer, or undefined when it
 * must not be retried. Exponential backoff with full jitter spreads clients that were refused
 * together; a `Retry-After` is a floor, never shortened by the jitter.
 */
export function retryDelayMs(
  response: Response,
  attempt: number,
  options: ResolvedRetryOptions,
): number | undefined {
  if (!RETRYABLE_STATUSES.has(response.status) || attempt >= options.maxRetries) {
    return undefined;
  }
  const backoff = options.random() * options.baseDelayMs * 2 ** attempt;
  const retryAfter = parseRetryAfterSeconds(response.headers.get('retry-after'));
  const delay = retryAfter === undefined ? backoff : retryAfter * 1000 + backoff / 4;
  if (retryAfter !== undefined && retryAfter * 1000 > options.maxDelayMs) {
    return undefined;
  }
  return Math.min(delay, options.maxDelayMs);
}
