import type { components } from '@dev-coach/api-client';
import { api } from '../providers/apiClient';

/** `GET /health/ready`: 200 when ready, 503 (with the same report) when degraded. */
export const READINESS_URL = '/health/ready';

export type CheckResult = components['schemas']['CheckResultDto'];
export type Readiness = components['schemas']['ReadinessDto'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCheckResult = (value: unknown): value is CheckResult =>
  isRecord(value) &&
  (value.status === 'up' || value.status === 'down') &&
  typeof value.latencyMs === 'number' &&
  (value.error === undefined || typeof value.error === 'string');

// The answer may come from a proxy rather than the API, so its shape is checked, not trusted.
export const isReadiness = (value: unknown): value is Readiness =>
  isRecord(value) &&
  (value.status === 'ok' || value.status === 'error') &&
  isRecord(value.checks) &&
  Object.values(value.checks).every(isCheckResult);

export class ReadinessUnavailableError extends Error {
  constructor(readonly status: number) {
    super(`Readiness endpoint answered ${status}`);
    this.name = 'ReadinessUnavailableError';
  }
}

/** Both 200 and 503 carry a readiness report; anything else means we could not ask. */
export const fetchReadiness = async (signal?: AbortSignal): Promise<Readiness> => {
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    result = await api.GET(READINESS_URL, { cache: 'no-store', signal });
  } catch (error) {
    if (error instanceof SyntaxError) {
      // A 200 whose body is not JSON: something other than the API answered.
      throw new ReadinessUnavailableError(200);
    }
    throw error;
  }
  const { data, error, response } = result;
  const report = response.ok ? data : error;
  if ((response.status === 200 || response.status === 503) && isReadiness(report)) {
    return report;
  }
  throw new ReadinessUnavailableError(response.status);
};
