import type { ThrottlerStorage } from '@nestjs/throttler';

/** Injection token for the process's rate-limit storage (Redis when REDIS_URL is set). */
export const RATE_LIMIT_STORAGE = Symbol('RATE_LIMIT_STORAGE');

export interface RateLimitState {
  totalHits: number;
  /** Seconds until the current window ends (0 when there is none). */
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * @nestjs/throttler's storage contract, plus the two operations counting only *failures*
 * needs: look without counting, and forget after a success.
 */
export interface RateLimitStorage extends ThrottlerStorage {
  peek(key: string, throttlerName: string): Promise<RateLimitState>;
  reset(key: string, throttlerName: string): Promise<void>;
}
