/** `GET /health/ready` (backend/src/health/dto/health-response.dto.ts): 200 when ready, 503 when degraded. */
export const READINESS_URL = '/health/ready';

export interface CheckResult {
  status: 'up' | 'down';
  latencyMs: number;
  /** Error class of a failed check; never the raw driver message. */
  error?: string;
}

export interface Readiness {
  status: 'ok' | 'error';
  checks: Record<string, CheckResult>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCheckResult = (value: unknown): value is CheckResult =>
  isRecord(value) &&
  (value.status === 'up' || value.status === 'down') &&
  typeof value.latencyMs === 'number' &&
  (value.error === undefined || typeof value.error === 'string');

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
  const response = await fetch(READINESS_URL, {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
    cache: 'no-store',
    signal,
  });
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ReadinessUnavailableError(response.status);
  }
  if ((response.status === 200 || response.status === 503) && isReadiness(body)) {
    return body;
  }
  throw new ReadinessUnavailableError(response.status);
};
