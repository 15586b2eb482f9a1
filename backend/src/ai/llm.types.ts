import type {
  CallTiming,
  ChatMessage,
  LlmPurpose,
  ReasoningEffort,
  ResponseFormat,
  TokenUsage,
} from 'src/ai/ai.types';
import type { TrimReport } from 'src/ai/tokens/token-budget';

export interface LlmRequest {
  purpose: LlmPurpose;
  /** The client the call is for; null for system work. */
  userId?: string | null;
  /** Defaults to the configured model for the purpose. */
  model?: string;
  messages: ChatMessage[];
  /** Ask for JSON matching this schema; the reply is validated and repaired once. */
  responseFormat?: ResponseFormat;
  /** Lets offline providers answer from structure rather than prose. */
  context?: unknown;
  /** Prompt versions the messages were assembled from, for usage rows. */
  promptVersionIds?: string[];
  /**
   * What prompt assembly counted and trimmed for exactly these messages and response format,
   * recorded with the call; the count also stands for the request's own, which is then not
   * counted again.
   */
  budget?: { promptTokens: number; trimmed: TrimReport };
  maxOutputTokens?: number;
  temperature?: number;
  reasoningEffort?: ReasoningEffort;
  /** Use the response cache. Off unless asked: chat turns must not replay an old answer. */
  cache?: boolean;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface LlmResult {
  text: string;
  /** The parsed, schema-checked reply when a response format was given; else null. */
  json: unknown;
  usage: TokenUsage;
  timing: CallTiming;
  model: string;
  provider: string;
  cached: boolean;
  /** True when the first reply was unusable and the repair attempt succeeded. */
  repaired: boolean;
  /** Ids of the llm_calls rows written for this request, in order. */
  callIds: string[];
}

export type LlmStreamEvent =
  /** Raw model output, in order. */
  | { type: 'delta'; text: string }
  /** New text of the reply's top-level `message` field, decoded, while the JSON streams. */
  | { type: 'message'; text: string }
  /** The reply so far was unusable and a repair attempt starts: discard its message text. */
  | { type: 'restart'; reason: string }
  | { type: 'done'; result: LlmResult };
