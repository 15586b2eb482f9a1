import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RateLimitCode, RateLimitException } from 'src/common/throttling/rate-limit.exception';
import { RATE_LIMIT_STORAGE, type RateLimitStorage } from 'src/common/throttling/rate-limit.storage';

export interface RateLimitRule {
  /** Counter family, e.g. `login-account`; part of the storage key. */
  name: string;
  limit: number;
  windowSeconds: number;
  code: RateLimitCode;
  message: string;
}

// Addresses and IPs are hashed before they become storage keys: Redis holds no personal data.
const keyOf = (subject: string): string =>
  createHash('sha256').update(subject.trim().toLowerCase()).digest('hex').slice(0, 32);

/**
 * Service-level limits for what a route guard cannot see: failed sign-ins (counted only when
 * they fail) and emails per recipient address.
 */
@Injectable()
export class RateLimitService {
  constructor(@Inject(RATE_LIMIT_STORAGE) private readonly storage: RateLimitStorage) {}

  /** Throws 429 when `subject` has used up `rule` in the current window, without counting. */
  async assertAvailable(rule: RateLimitRule, subject: string): Promise<void> {
    const state = await this.storage.peek(keyOf(subject), rule.name);
    if (state.isBlocked || state.totalHits >= rule.limit) {
      throw new RateLimitException(
        rule.code,
        rule.message,
        state.isBlocked ? state.timeToBlockExpire : state.timeToExpire,
      );
    }
  }

  /** Counts one event (say, a failed sign-in) against `subject`. */
  async record(rule: RateLimitRule, subject: string): Promise<void> {
    const windowMs = rule.windowSeconds * 1000;
    await this.storage.increment(keyOf(subject), windowMs, rule.limit, windowMs, rule.name);
  }

  /** Counts one event and throws 429 if it went over the limit. */
  async consume(rule: RateLimitRule, subject: string): Promise<void> {
    const windowMs = rule.windowSeconds * 1000;
    const state = await this.storage.increment(keyOf(subject), windowMs, rule.limit, windowMs, rule.name);
    if (state.isBlocked) {
      throw new RateLimitException(rule.code, rule.message, state.timeToBlockExpire);
    }
  }

  async clear(rule: RateLimitRule, subject: string): Promise<void> {
    await this.storage.reset(keyOf(subject), rule.name);
  }
}

export { RateLimitCode };
