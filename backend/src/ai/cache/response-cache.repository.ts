import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, type Repository } from 'typeorm';
import { LlmCacheEntryEntity } from 'src/ai/cache/entities/llm-cache-entry.entity';

export type NewCacheEntry = Pick<
  LlmCacheEntryEntity,
  'cacheKey' | 'model' | 'text' | 'finishReason' | 'usage' | 'expiresAt'
>;

@Injectable()
export class ResponseCacheRepository {
  constructor(
    @InjectRepository(LlmCacheEntryEntity) private readonly entries: Repository<LlmCacheEntryEntity>,
  ) {}

  findLive(cacheKey: string, now: Date): Promise<LlmCacheEntryEntity | null> {
    return this.entries.findOne({ where: { cacheKey, expiresAt: MoreThan(now) } });
  }

  async countHit(id: string): Promise<void> {
    await this.entries.increment({ id }, 'hitCount', 1);
  }

  /** Insert or refresh; two processes filling the same key at once both succeed. */
  async upsert(entry: NewCacheEntry): Promise<void> {
    await this.entries
      .createQueryBuilder()
      .insert()
      .values(entry)
      .orUpdate(['text', 'finish_reason', 'usage', 'expires_at', 'model', 'updated_at'], ['cache_key'])
      .execute();
  }
}
