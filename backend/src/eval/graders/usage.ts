import type { DataSource } from 'typeorm';
import type { UsageFigures } from 'src/eval/graders/grader.types';

/** Error codes of a model reply that did not satisfy its JSON schema. */
export const SCHEMA_ERROR_CODES = ['malformed_json', 'schema_violation', 'truncated'];

interface CallRow {
  purpose: string;
  status: string;
  error_code: string | null;
  input_tokens: number;
  output_tokens: number;
  cost_usd: string | null;
  latency_ms: number | null;
}

const percentile = (sorted: number[], p: number): number | null =>
  sorted.length === 0 ? null : (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? null);

/** Sums a set of llm_calls rows; pure, so it can be tested on crafted rows. */
export const summariseCalls = (rows: CallRow[]): UsageFigures => {
  const latencies = rows
    .map((row) => row.latency_ms)
    .filter((value): value is number => value !== null)
    .sort((a, b) => a - b);
  const byPurpose: Record<string, number> = {};
  for (const row of rows) {
    byPurpose[row.purpose] = (byPurpose[row.purpose] ?? 0) + 1;
  }
  const priced = rows.filter((row) => row.cost_usd !== null);
  return {
    calls: rows.length,
    schemaFailures: rows.filter((row) => SCHEMA_ERROR_CODES.includes(row.error_code ?? '')).length,
    errors: rows.filter((row) => row.status === 'error').length,
    inputTokens: rows.reduce((sum, row) => sum + row.input_tokens, 0),
    outputTokens: rows.reduce((sum, row) => sum + row.output_tokens, 0),
    costUsd: priced.length === 0 ? null : priced.reduce((sum, row) => sum + Number(row.cost_usd), 0),
    latencyMsTotal: latencies.reduce((sum, value) => sum + value, 0),
    latencyMsP50: percentile(latencies, 0.5),
    latencyMsP95: percentile(latencies, 0.95),
    byPurpose,
  };
};

/** Every model call made for `userId` (coach turns, sentinel, moderation), from llm_calls. */
export const usageFor = async (dataSource: DataSource, userId: string): Promise<UsageFigures> =>
  summariseCalls(
    await dataSource.query<CallRow[]>(
      `SELECT purpose, status, error_code, input_tokens, output_tokens, cost_usd, latency_ms
         FROM llm_calls WHERE user_id = $1`,
      [userId],
    ),
  );
