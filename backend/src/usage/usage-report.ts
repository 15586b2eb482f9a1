/** Which calls a usage report covers. */
export interface UsageReportFilter {
  since: Date;
  until?: Date;
  userId?: string;
  model?: string;
}

export const USAGE_SORT_FIELDS = ['day', 'calls', 'costUsd', 'totalTokens'] as const;
export type UsageSortField = (typeof USAGE_SORT_FIELDS)[number];

/** One client's calls to one model with one set of prompt versions on one day (UTC). */
export interface UsageReportRow {
  day: string;
  userId: string | null;
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
