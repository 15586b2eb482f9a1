import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AllConfig } from 'src/config/config.types';
import { MemoryRateLimitStorage } from 'src/common/throttling/memory-rate-limit.storage';
import { RATE_LIMIT_STORAGE, type RateLimitStorage } from 'src/common/throttling/rate-limit.storage';
import { RateLimitService } from 'src/common/throttling/rate-limit.service';
import { RedisRateLimitStorage } from 'src/common/throttling/redis-rate-limit.storage';

// Counters must be shared by every API process, so with REDIS_URL they live in Redis; a
// single process without Redis keeps them in memory.
@Global()
@Module({
  providers: [
    {
      provide: RATE_LIMIT_STORAGE,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>): RateLimitStorage => {
        const queue = config.get('queue', { infer: true });
        return queue.redisUrl
          ? new RedisRateLimitStorage({ url: queue.redisUrl, prefix: queue.prefix })
          : new MemoryRateLimitStorage();
      },
    },
    RateLimitService,
  ],
  exports: [RATE_LIMIT_STORAGE, RateLimitService],
})
export class RateLimitStorageModule {}
