import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { FinishReason, ProviderRequest, TokenUsage } from 'src/ai/ai.types';
import { ResponseCacheRepository } from 'src/ai/cache/response-cache.repository';
import type { AllConfig } from 'src/config/config.types';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export interface CachedAnswer {
  text: string;
  finishReason: FinishReason;
  usage: TokenUsage;
}

/**
 * Identical deterministic requests get the stored answer. Keyed by model + a hash of the prompt
 * + a hash of the schema + the sampling settings, so any change to any of them is a miss.
 */
@Injectable()
export class ResponseCacheService {
  constructor(
    private readonly entries: ResponseCacheRepository,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  get enabled(): boolean {
    return this.config.get('ai.cacheEnabled', { infer: true });
  }

  keyFor(request: ProviderRequest): string {
    const promptHash = sha256(JSON.stringify(request.messages));
    const schemaHash = sha256(JSON.stringify(request.responseFormat ?? null));
    const sampling = JSON.stringify([
      request.temperature ?? null,
      request.reasoningEffort ?? null,
      request.maxOutputTokens,
    ]);
    return sha256([request.model, promptHash, schemaHash, sampling].join('\n'));
  }

  async get(key: string): Promise<CachedAnswer | null> {
    const entry = await this.entries.findLive(key, new Date());
    if (!entry) {
      return null;
    }
    await this.entries.countHit(entry.id);
    return { text: entry.text, finishReason: entry.finishReason, usage: entry.usage };
  }

  async put(key: string, model: string, answer: CachedAnswer): Promise<void> {
    const ttlSeconds = this.config.get('ai.cacheTtlSeconds', { infer: true });
    await this.entries.upsert({
      cacheKey: key,
      model,
      ...answer,
      expiresAt: new Date(Date.now() + ttlSeconds * 1000),
    });
  }
}
