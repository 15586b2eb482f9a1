import type { JsonSchema } from 'src/ai/schema/json-schema';

export type ChatRole = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

/** Why a call was made; picks the default model and labels usage rows. */
export const LLM_PURPOSES = [
  'coach_turn',
  'sentinel',
  'safety',
  'moderation',
  'prompt_preview',
  'evaluation',
] as const;
export type LlmPurpose = (typeof LLM_PURPOSES)[number];

export type ReasoningEffort = 'minimal' | 'low' | 'medium' | 'high';

export interface ResponseFormat {
  /** Letters, digits, `_` and `-`; OpenAI shows it to the model. */
  name: string;
  /** What the provider is asked for (strict structured outputs where supported). */
  schema: JsonSchema;
  /**
   * What the reply must satisfy locally; defaults to `schema`. A caller that checks parts of the
   * reply itself (the coach's actions, one by one) accepts more than it asks for, so one bad
   * part never costs a repair call or the whole reply.
   */
  accepts?: JsonSchema;
}

/** What a provider receives: one fully assembled request. */
export interface ProviderRequest {
  purpose: LlmPurpose;
  model: string;
  messages: ChatMessage[];
  responseFormat?: ResponseFormat;
  maxOutputTokens: number;
  temperature?: number;
  topP?: number;
  reasoningEffort?: ReasoningEffort;
  /**
   * The structured context the messages were rendered from. Offline providers answer from it
   * instead of reading prose; network providers ignore it.
   */
  context?: unknown;
  /** Aborts the call (client went away, deadline passed). */
  signal?: AbortSignal;
  timeoutMs: number;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  /** Input tokens the provider served from its prompt cache (billed cheaper). */
  cachedTokens: number;
  reasoningTokens: number;
}

export interface CallTiming {
  /** Request sent → last byte. */
  latencyMs: number;
  /** Request sent → first content token; null when nothing arrived. */
  ttftMs: number | null;
}

export type FinishReason = 'stop' | 'length' | 'content_filter' | 'other';

export interface ProviderResult {
  text: string;
  /** Usage as reported by the provider; null when it reported none. */
  usage: TokenUsage | null;
  finishReason: FinishReason;
  timing: CallTiming;
  /** Transport attempts, including retries after 429/5xx/network errors. */
  attempts: number;
  /** The model that answered, as the provider named it. */
  model: string;
}

export type ProviderStreamEvent = { type: 'delta'; text: string } | { type: 'done'; result: ProviderResult };

/**
 * What moderation screens: text, or text and images (a client's reference photo). The demo
 * provider judges text only; an image alone is not flagged offline.
 */
export type ModerationInput = string | { text?: string; images: { data: Buffer; contentType: string }[] };

/** The text of a moderation input, for checks that only read text. */
export const moderationText = (input: ModerationInput): string =>
  typeof input === 'string' ? input : (input.text ?? '');

export interface ModerationResult {
  flagged: boolean;
  /** Category name → flagged, e.g. `self-harm/intent`. */
  categories: Record<string, boolean>;
  /** Category name → score in [0, 1]. */
  scores: Record<string, number>;
  provider: string;
}
