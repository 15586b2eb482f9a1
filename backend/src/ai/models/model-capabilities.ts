import type { ReasoningEffort } from 'src/ai/ai.types';

export type TokenEncoding = 'o200k_base' | 'cl100k_base';

/**
 * What a model accepts, so one request builder serves several models: which response format,
 * whether `temperature` or `reasoning_effort` may be sent, which max-tokens parameter, and the
 * token limits prompt assembly budgets against.
 */
export interface ModelCapabilities {
  /** `response_format: json_schema` with `strict: true`; else `json_object` + schema in the prompt. */
  structuredOutputs: boolean;
  /** Accepts `reasoning_effort`; such models reject `temperature`. */
  reasoning: boolean;
  defaultReasoningEffort?: ReasoningEffort;
  temperature: boolean;
  contextWindow: number;
  maxOutputTokens: number;
  /** Newer OpenAI models only accept `max_completion_tokens`; many compatible servers only `max_tokens`. */
  maxTokensParam: 'max_completion_tokens' | 'max_tokens';
  encoding: TokenEncoding;
}

const GPT_4O: ModelCapabilities = {
  structuredOutputs: true,
  reasoning: false,
  temperature: true,
  contextWindow: 128_000,
  maxOutputTokens: 16_384,
  maxTokensParam: 'max_completion_tokens',
  encoding: 'o200k_base',
};

const GPT_41: ModelCapabilities = { ...GPT_4O, contextWindow: 1_047_576, maxOutputTokens: 32_768 };

const O_SERIES: ModelCapabilities = {
  structuredOutputs: true,
  reasoning: true,
  defaultReasoningEffort: 'low',
  temperature: false,
  contextWindow: 200_000,
  maxOutputTokens: 100_000,
  maxTokensParam: 'max_completion_tokens',
  encoding: 'o200k_base',
};

const GPT_5: ModelCapabilities = {
  ...O_SERIES,
  defaultReasoningEffort: 'minimal',
  contextWindow: 400_000,
  maxOutputTokens: 128_000,
};

// Matched by exact name first, then by the longest prefix, so dated snapshots such as
// `gpt-4o-mini-2024-07-18` inherit their family's entry.
export const BUILT_IN_CAPABILITIES: Readonly<Record<string, ModelCapabilities>> = {
  'gpt-4o': GPT_4O,
  'gpt-4o-mini': GPT_4O,
  'gpt-4.1': GPT_41,
  'gpt-4.1-mini': GPT_41,
  'gpt-4.1-nano': GPT_41,
  o1: O_SERIES,
  o3: O_SERIES,
  'o3-mini': O_SERIES,
  'o4-mini': O_SERIES,
  'gpt-5': GPT_5,
  'gpt-5-mini': GPT_5,
  'gpt-5-nano': GPT_5,
  'gpt-5-chat-latest': { ...GPT_4O, maxOutputTokens: 16_384 },
  'gpt-3.5-turbo': {
    structuredOutputs: false,
    reasoning: false,
    temperature: true,
    contextWindow: 16_385,
    maxOutputTokens: 4_096,
    maxTokensParam: 'max_tokens',
    encoding: 'cl100k_base',
  },
  'demo-coach': {
    structuredOutputs: true,
    reasoning: false,
    temperature: false,
    contextWindow: 128_000,
    maxOutputTokens: 4_096,
    maxTokensParam: 'max_tokens',
    encoding: 'o200k_base',
  },
};

/**
 * Conservative defaults for a model we do not know, typically one behind an OpenAI-compatible
 * server (vLLM, Ollama, LM Studio): JSON schema output, `max_tokens`, a 32k window.
 * AI_MODEL_CAPABILITIES overrides any of this per model.
 */
export const UNKNOWN_MODEL_CAPABILITIES: ModelCapabilities = {
  structuredOutputs: true,
  reasoning: false,
  temperature: true,
  contextWindow: 32_768,
  maxOutputTokens: 4_096,
  maxTokensParam: 'max_tokens',
  encoding: 'cl100k_base',
};

export type CapabilityOverrides = Record<string, Partial<ModelCapabilities>>;

const byPrefix = <T>(table: Readonly<Record<string, T>>, model: string): T | undefined => {
  if (table[model]) {
    return table[model];
  }
  const prefix = Object.keys(table)
    .filter((name) => model.startsWith(`${name}-`))
    .sort((a, b) => b.length - a.length)[0];
  return prefix ? table[prefix] : undefined;
};

export const resolveCapabilities = (
  model: string,
  overrides: CapabilityOverrides = {},
): ModelCapabilities => ({
  ...(byPrefix(BUILT_IN_CAPABILITIES, model) ?? UNKNOWN_MODEL_CAPABILITIES),
  ...(byPrefix(overrides, model) ?? {}),
});

/** Price per million tokens, in US dollars. */
export interface ModelPrice {
  input: number;
  cachedInput?: number;
  output: number;
  /** Image models: input image tokens (reference photos, the draft being edited). */
  imageInput?: number;
}

// List prices at the time of writing; AI_PRICES overrides or extends them per model.
export const BUILT_IN_PRICES: Readonly<Record<string, ModelPrice>> = {
  'gpt-4o': { input: 2.5, cachedInput: 1.25, output: 10 },
  'gpt-4o-mini': { input: 0.15, cachedInput: 0.075, output: 0.6 },
  'gpt-4.1': { input: 2, cachedInput: 0.5, output: 8 },
  'gpt-4.1-mini': { input: 0.4, cachedInput: 0.1, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, cachedInput: 0.025, output: 0.4 },
  o3: { input: 2, cachedInput: 0.5, output: 8 },
  'o4-mini': { input: 1.1, cachedInput: 0.275, output: 4.4 },
  'gpt-5': { input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5-mini': { input: 0.25, cachedInput: 0.025, output: 2 },
  'gpt-5-nano': { input: 0.05, cachedInput: 0.005, output: 0.4 },
  'demo-coach': { input: 0, output: 0 },
  // Image model: text input, input image tokens and output image tokens are priced apart.
  'gpt-image-1': { input: 5, cachedInput: 1.25, imageInput: 10, output: 40 },
  'demo-image': { input: 0, output: 0 },
};

export const resolvePrice = (model: string, table: Readonly<Record<string, ModelPrice>>): ModelPrice | null =>
  byPrefix(table, model) ?? null;

/**
 * Cost in US dollars, null when the model has no price; cached input tokens are billed at the
 * cached rate when there is one.
 */
export const costOf = (
  price: ModelPrice | null,
  usage: { inputTokens: number; cachedTokens: number; outputTokens: number },
): number | null => {
  if (!price) {
    return null;
  }
  const cached = Math.min(usage.cachedTokens, usage.inputTokens);
  const uncached = usage.inputTokens - cached;
  const dollars =
    uncached * price.input + cached * (price.cachedInput ?? price.input) + usage.outputTokens * price.output;
  return Math.round((dollars / 1_000_000) * 1e8) / 1e8;
};

/**
 * Cost of an images API call: text input at the input rate, input images (reference photos, the
 * draft being edited) at the image-input rate when the price has one, the picture at the output rate.
 */
export const imageCostOf = (
  price: ModelPrice | null,
  usage: { inputTokens: number; inputImageTokens: number; outputTokens: number },
): number | null => {
  if (!price) {
    return null;
  }
  const imageTokens = Math.min(usage.inputImageTokens, usage.inputTokens);
  const textTokens = usage.inputTokens - imageTokens;
  const dollars =
    textTokens * price.input +
    imageTokens * (price.imageInput ?? price.input) +
    usage.outputTokens * price.output;
  return Math.round((dollars / 1_000_000) * 1e8) / 1e8;
};
