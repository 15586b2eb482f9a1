import { registerAs } from '@nestjs/config';
import { ConfigValidationError, validateEnvironment } from 'src/config/env.validation';
import {
  BUILT_IN_PRICES,
  type CapabilityOverrides,
  type ModelCapabilities,
  type ModelPrice,
} from 'src/ai/models/model-capabilities';
import { parseSampling, type SamplingConfig } from 'src/ai/config/sampling';

export type AiProviderName = 'openai' | 'demo';
export type ImageSize = '1024x1024' | '1024x1536' | '1536x1024' | 'auto';
export type ImageQuality = 'low' | 'medium' | 'high' | 'auto';

export interface AiConfig {
  provider: AiProviderName;
  /** Never logged or returned; the SDK is the only reader. */
  openaiApiKey?: string;
  openaiBaseUrl?: string;
  coachModel: string;
  sentinelModel: string;
  moderationModel: string;
  /** Images API model for the studio (`demo-image` with the demo provider). */
  imageModel: string;
  imageSize: ImageSize;
  imageQuality: ImageQuality;
  timeoutMs: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  prices: Record<string, ModelPrice>;
  capabilityOverrides: CapabilityOverrides;
  cacheEnabled: boolean;
  cacheTtlSeconds: number;
  demoChunkDelayMs: number;
  /** Temperature and top-p per purpose (`AI_SAMPLING` over the defaults in sampling.ts). */
  sampling: SamplingConfig;
}

const DEMO_MODEL = 'demo-coach';
export const DEMO_IMAGE_MODEL = 'demo-image';

const parseJsonObject = (variable: string, raw: string | undefined): Record<string, unknown> => {
  if (!raw) {
    return {};
  }
  const parsed = JSON.parse(raw) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigValidationError(variable, 'must be a JSON object keyed by model name');
  }
  return parsed as Record<string, unknown>;
};

const isNonNegative = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

const parsePrices = (raw: string | undefined): Record<string, ModelPrice> => {
  const entries = Object.entries(parseJsonObject('AI_PRICES', raw)).map(([model, value]) => {
    const price = value as Partial<ModelPrice> | null;
    if (
      !price ||
      !isNonNegative(price.input) ||
      !isNonNegative(price.output) ||
      (price.cachedInput !== undefined && !isNonNegative(price.cachedInput)) ||
      (price.imageInput !== undefined && !isNonNegative(price.imageInput))
    ) {
      throw new ConfigValidationError(
        'AI_PRICES',
        `${model}: expected {"input": number, "output": number, "cachedInput"?: number, "imageInput"?: number} in USD per million tokens`,
      );
    }
    const entry: ModelPrice = { input: price.input, output: price.output, cachedInput: price.cachedInput };
    if (price.imageInput !== undefined) {
      entry.imageInput = price.imageInput;
    }
    return [model, entry] as const;
  });
  return { ...BUILT_IN_PRICES, ...Object.fromEntries(entries) };
};

const CAPABILITY_KEYS: Record<keyof ModelCapabilities, (value: unknown) => boolean> = {
  structuredOutputs: (value) => typeof value === 'boolean',
  reasoning: (value) => typeof value === 'boolean',
  defaultReasoningEffort: (value) => ['minimal', 'low', 'medium', 'high'].includes(value as string),
  temperature: (value) => typeof value === 'boolean',
  contextWindow: (value) => Number.isInteger(value) && (value as number) > 0,
  maxOutputTokens: (value) => Number.isInteger(value) && (value as number) > 0,
  maxTokensParam: (value) => value === 'max_tokens' || value === 'max_completion_tokens',
  encoding: (value) => value === 'o200k_base' || value === 'cl100k_base',
};

const parseCapabilities = (raw: string | undefined): CapabilityOverrides => {
  const overrides = parseJsonObject('AI_MODEL_CAPABILITIES', raw);
  for (const [model, value] of Object.entries(overrides)) {
    if (typeof value !== 'object' || value === null) {
      throw new ConfigValidationError('AI_MODEL_CAPABILITIES', `${model}: expected an object`);
    }
    for (const [key, setting] of Object.entries(value)) {
      const valid = CAPABILITY_KEYS[key as keyof ModelCapabilities];
      if (!valid?.(setting)) {
        throw new ConfigValidationError(
          'AI_MODEL_CAPABILITIES',
          `${model}.${key}: invalid value ${JSON.stringify(setting)}`,
        );
      }
    }
  }
  return overrides as CapabilityOverrides;
};

export const buildAiConfig = (source: Record<string, unknown> = process.env): AiConfig => {
  const env = validateEnvironment(source);
  // No key means the offline demo coach, so `npm start` works with nothing configured. A base
  // URL alone (a local OpenAI-compatible server) still needs AI_PROVIDER=openai to be used.
  // validateEnvironment already refused AI_PROVIDER=openai with neither a key nor a base URL.
  const provider: AiProviderName = env.AI_PROVIDER ?? (env.OPENAI_API_KEY ? 'openai' : 'demo');
  const demo = provider === 'demo';
  return {
    provider,
    openaiApiKey: env.OPENAI_API_KEY,
    openaiBaseUrl: env.OPENAI_BASE_URL,
    coachModel: demo ? DEMO_MODEL : (env.COACH_MODEL ?? 'gpt-4.1-mini'),
    sentinelModel: demo ? DEMO_MODEL : (env.SENTINEL_MODEL ?? 'gpt-4.1-nano'),
    moderationModel: env.MODERATION_MODEL ?? 'omni-moderation-latest',
    imageModel: demo ? DEMO_IMAGE_MODEL : (env.IMAGE_MODEL ?? 'gpt-image-1'),
    imageSize: (env.IMAGE_SIZE as ImageSize | undefined) ?? '1024x1024',
    imageQuality: (env.IMAGE_QUALITY as ImageQuality | undefined) ?? 'medium',
    timeoutMs: env.AI_TIMEOUT_MS ?? 600_000,
    maxRetries: env.AI_MAX_RETRIES ?? 3,
    retryBaseDelayMs: env.AI_RETRY_BASE_DELAY_MS ?? 500,
    retryMaxDelayMs: 30_000,
    prices: parsePrices(env.AI_PRICES),
    capabilityOverrides: parseCapabilities(env.AI_MODEL_CAPABILITIES),
    cacheEnabled: env.AI_CACHE_ENABLED ?? true,
    cacheTtlSeconds: env.AI_CACHE_TTL_SECONDS ?? 7 * 24 * 3600,
    demoChunkDelayMs: env.AI_DEMO_CHUNK_DELAY_MS ?? 20,
    sampling: parseSampling(env.AI_SAMPLING),
  };
};

export const aiConfig = registerAs('ai', () => buildAiConfig());
