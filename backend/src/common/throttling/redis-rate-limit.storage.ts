import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { RateLimitState, RateLimitStorage } from 'src/common/throttling/rate-limit.storage';

// One round trip, atomic: concurrent requests from many API processes can never both slip
// under the limit. Returns {hits, windowTtlMs, blocked (0|1), blockTtlMs}.
const INCREMENT = `
local blockTtl = redis.call('PTTL', KEYS[2])
if blockTtl > 0 then
  local hits = tonumber(redis.call('GET', KEYS[1]) or '0')
  return {hits, redis.call('PTTL', KEYS[1]), 1, blockTtl}
end
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) then
  local block = math.max(tonumber(ARGV[3]), 1)
  redis.call('SET', KEYS[2], '1', 'PX', block)
  redis.call('PEXPIRE', KEYS[1], block)
  return {hits, block, 1, block}
end
return {hits, ttl, 0, 0}
`;

const PEEK = `
local hits = tonumber(redis.call('GET', KEYS[1]) or '0')
return {hits, redis.call('PTTL', KEYS[1]), redis.call('PTTL', KEYS[2])}
`;

const OPEN: RateLimitState = { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };

const seconds = (ms: number): number => Math.max(0, Math.ceil(ms / 1000));

export interface RedisRateLimitStorageOptions {
  url: string;
  prefix: string;
}

/**
 * Rate-limit counters shared by every process through Redis. Our own rather than a throttler
 * storage package: counting only failures also needs `peek` and `reset`, which those lack.
 */
export class RedisRateLimitStorage implements RateLimitStorage, OnModuleDestroy {
  private readonly logger = new Logger(RedisRateLimitStorage.name);
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(options: RedisRateLimitStorageOptions) {
    this.prefix = `${options.prefix}:rl`;
    this.redis = new Redis(options.url, {
      // Bounded waits while Redis is down: a sign-in never hangs on a dead connection.
      maxRetriesPerRequest: 1,
      commandTimeout: 1000,
      connectTimeout: 2000,
    });
    this.redis.on('error', (error: Error) => this.logger.warn(`Rate-limit Redis: ${error.message}`));
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<RateLimitState> {
    const result = await this.run<[number, number, number, number]>(
      INCREMENT,
      this.hitsKey(key, throttlerName),
      this.blockKey(key, throttlerName),
      String(Math.max(1, Math.round(ttl))),
      String(limit),
      String(Math.round(blockDuration)),
    );
    if (!result) {
      return OPEN;
    }
    const [hits, windowTtl, blocked, blockTtl] = result;
    return {
      totalHits: hits,
      timeToExpire: seconds(windowTtl),
      isBlocked: blocked === 1,
      timeToBlockExpire: blocked === 1 ? seconds(blockTtl) : 0,
    };
  }

  async peek(key: string, throttlerName: string): Promise<RateLimitState> {
    const result = await this.run<[number, number, number]>(
      PEEK,
      this.hitsKey(key, throttlerName),
      this.blockKey(key, throttlerName),
    );
    if (!result) {
      return OPEN;
    }
    const [hits, windowTtl, blockTtl] = result;
    const isBlocked = blockTtl > 0;
    return {
      totalHits: windowTtl > 0 || isBlocked ? hits : 0,
      timeToExpire: seconds(windowTtl),
      isBlocked,
      timeToBlockExpire: isBlocked ? seconds(blockTtl) : 0,
    };
  }

  async reset(key: string, throttlerName: string): Promise<void> {
    await this.redis
      .del(this.hitsKey(key, throttlerName), this.blockKey(key, throttlerName))
      .catch((error: Error) => this.logger.warn(`Rate-limit reset skipped: ${error.message}`));
  }

  // Fails open: while Redis is unreachable, sign-in keeps working unthrottled (and says so in
  // the log) rather than every login answering 500. The queue's readiness check reports Redis.
  private async run<T>(
    script: string,
    hitsKey: string,
    blockKey: string,
    ...args: string[]
  ): Promise<T | undefined> {
    try {
      return (await this.redis.eval(script, 2, hitsKey, blockKey, ...args)) as T;
    } catch (error) {
      this.logger.error(`Rate limiting unavailable, request allowed: ${(error as Error).message}`);
      return undefined;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private hitsKey(key: string, name: string): string {
    return `${this.prefix}:${name}:{${key}}:hits`;
  }

  private blockKey(key: string, name: string): string {
    return `${this.prefix}:${name}:{${key}}:block`;
  }
}
