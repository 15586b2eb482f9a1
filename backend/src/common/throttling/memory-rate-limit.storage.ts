import type { OnModuleDestroy } from '@nestjs/common';
import type { RateLimitState, RateLimitStorage } from 'src/common/throttling/rate-limit.storage';

interface Window {
  hits: number;
  expiresAt: number;
  blockedUntil: number;
}

const seconds = (ms: number): number => Math.max(0, Math.ceil(ms / 1000));

/**
 * Fixed-window counters in process memory, for installs without Redis. Same semantics as
 * RedisRateLimitStorage: the hit that goes over the limit starts a block, and the window
 * restarts when the block ends.
 */
export class MemoryRateLimitStorage implements RateLimitStorage, OnModuleDestroy {
  private readonly windows = new Map<string, Window>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly now: () => number = Date.now) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<RateLimitState> {
    const now = this.now();
    const id = `${throttlerName}:${key}`;
    let window = this.windows.get(id);
    if (window && window.blockedUntil > now) {
      return Promise.resolve(this.state(window, now));
    }
    if (!window || window.expiresAt <= now) {
      window = { hits: 0, expiresAt: now + ttl, blockedUntil: 0 };
      this.windows.set(id, window);
    }
    window.hits += 1;
    if (window.hits > limit) {
      window.blockedUntil = now + Math.max(blockDuration, 1);
      window.expiresAt = window.blockedUntil;
    }
    return Promise.resolve(this.state(window, now));
  }

  peek(key: string, throttlerName: string): Promise<RateLimitState> {
    const now = this.now();
    const window = this.windows.get(`${throttlerName}:${key}`);
    if (!window || (window.expiresAt <= now && window.blockedUntil <= now)) {
      return Promise.resolve({ totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 });
    }
    return Promise.resolve(this.state(window, now));
  }

  reset(key: string, throttlerName: string): Promise<void> {
    this.windows.delete(`${throttlerName}:${key}`);
    return Promise.resolve();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  private state(window: Window, now: number): RateLimitState {
    const isBlocked = window.blockedUntil > now;
    return {
      totalHits: window.hits,
      timeToExpire: seconds(window.expiresAt - now),
      isBlocked,
      timeToBlockExpire: isBlocked ? seconds(window.blockedUntil - now) : 0,
    };
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, window] of this.windows) {
      if (window.expiresAt <= now && window.blockedUntil <= now) {
        this.windows.delete(id);
      }
    }
  }
}
