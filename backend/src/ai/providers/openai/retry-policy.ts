import { setTimeout as sleep } from 'node:timers/promises';
import { AiErrorCode, AiException } from 'src/ai/ai.exception';

export interface RetryPolicy {
  /** Retries after the first attempt; 0 disables retrying. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Exponential backoff with jitter: attempt n waits base·2^(n-1) plus up to half of that again,
 * so a burst of clients rate-limited together does not come back together. A Retry-After from
 * the provider wins when it is longer, capped at the maximum.
 */
export const backoffDelayMs = (
  retry: number,
  policy: RetryPolicy,
  retryAfterSeconds?: number,
  random: () => number = Math.random,
): number => {
  const exponential = policy.baseDelayMs * 2 ** (retry - 1);
  const jittered = exponential + exponential * 0.5 * random();
  const requested = retryAfterSeconds !== undefined ? retryAfterSeconds * 1000 : 0;
  return Math.min(Math.max(jittered, requested), policy.maxDelayMs);
};

/** Sleeps unless `signal` aborts first; an abort ends the wait as `aborted`. */
export const waitBeforeRetry = async (ms: number, signal?: AbortSignal): Promise<void> => {
  try {
    await sleep(ms, undefined, { signal });
  } catch {
    throw new AiException(AiErrorCode.Aborted, 'The call was cancelled while waiting to retry.');
  }
};
