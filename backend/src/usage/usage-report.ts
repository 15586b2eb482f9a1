import type { LlmCallKind } from 'src/usage/entities/llm-call.entity';

export const LLM_CALL_KINDS: readonly LlmCallKind[] = ['text', 'image'];

/** Which calls a usage report covers. */
export interface UsageReportFilter {
  since: Date;
  until?: Date;
  userId?: string;
  model?: string;
  /** Text (chat, moderation) or image (studio) calls; both when unset. */
  kinds?: LlmCallKind[];
}

export const USAGE_SORT_FIELDS = ['day', 'calls', 'costUsd', 'totalTokens'] as const;
export type UsageSortField = (typeof USAGE_SORT_FIELDS)[number];

/** One client's calls of one kind to one model with one set of prompt versions on one day (UTC). */
export interface UsageReportRow {
  day: string;
  userId: string | null;
  kind: LlmCallKind;
  model: string;
  promptVersionIds: string[];
  calls: number;
  errors: number;
  inputTokens: number;
  outputTokens: number;
  cachedTokens: number;
  totalTokens: number;
  costUsd: number;
}

/** Money spent on the model, summed over a period. */
export interface UsageTotals {
  calls: number;
  totalTokens: number;
  costUsd: number;
}
