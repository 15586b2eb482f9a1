import type { components } from '../schema.js';

type ErrorBody = components['schemas']['ErrorResponseDto'];

/**
 * A refusal from the API (any non-2xx answer), carrying the documented error body
 * `{ statusCode, code, message, details? }` and, for 429/503, the server's `Retry-After`.
 */
export class DevCoachApiError extends Error {
  override readonly name = 'DevCoachApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorBody['details'] = undefined,
    /** Seconds the server asked us to wait, when it said. */
    readonly retryAfterSeconds: number | undefined = undefined,
  ) {
    super(message);
  }

  /** Reads the error body of a response; a body that is not ours becomes `http_<status>`. */
  static async fromResponse(response: Response): Promise<DevCoachApiError> {
    const body = await readErrorBody(response);
    return new DevCoachApiError(
      response.status,
      body?.code ?? `http_${response.status}`,
      body?.message ?? (response.statusText || `HTTP ${response.status}`),
      body?.details,
      parseRetryAfterSeconds(response.headers.get('retry-after')),
    );
  }
}

/** The error body of a response without consuming it; undefined when it is not JSON of our shape. */
export async function readErrorBody(response: Response): Promise<ErrorBody | undefined> {
  try {
    const body = (await response.clone().json()) as Partial<ErrorBody> | null;
    return typeof body?.code === 'string' && typeof body.message === 'string'
      ? (body as ErrorBody)
      : undefined;
  } catch {
    return undefined;
  }
}

/** `Retry-After` in seconds: either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') {
    return undefined;
  }
  const seconds = Number(header);
  if (Number.isFinite(seconds)) {
    return Math.max(0, seconds);
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}
