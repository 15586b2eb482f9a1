import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { LlmPurpose } from 'src/ai/ai.types';
import {
  type ModelCapabilities,
  type ModelPrice,
  resolveCapabilities,
  resolvePrice,
} from 'src/ai/models/model-capabilities';
import type { AllConfig } from 'src/config/config.types';

/** Which model serves a purpose, what it can do and what it costs, per configuration. */
@Injectable()
export class ModelCatalogService {
  constructor(private readonly config: ConfigService<AllConfig, true>) {}

  modelFor(purpose: LlmPurpose): string {
    return purpose === 'sentinel' || purpose === 'safety'
      ? this.config.get('ai.sentinelModel', { infer: true })
      : this.config.get('ai.coachModel', { infer: true });
  }

  capabilities(model: string): ModelCapabilities {
    return resolveCapabilities(model, this.config.get('ai.capabilityOverrides', { infer: true }));
  }

  price(model: string): ModelPrice | null {
    return resolvePrice(model, this.config.get('ai.prices', { infer: true }));
  }

  /** Tokens a request may use for its prompt: the window minus what the reply may need. */
  promptBudget(model: string, maxOutputTokens?: number): number {
    const capabilities = this.capabilities(model);
    return capabilities.contextWindow - (maxOutputTokens ?? this.defaultMaxOutputTokens(model));
  }

  // Coach replies are short by design; 2k tokens covers a message plus a handful of actions
  // and leaves the rest of the window to the prompt.
  defaultMaxOutputTokens(model: string): number {
    return Math.min(2_048, this.capabilities(model).maxOutputTokens);
  }
}
