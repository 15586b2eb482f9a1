import type { ApiErrorBody } from '@dev-coach/api-client';

export type { ApiErrorBody } from '@dev-coach/api-client';

/** One problem in a rejected request, usually tied to a form field (`ErrorDetailDto`). */
export type ApiErrorDetail = NonNullable<ApiErrorBody['details']>[number];

/** Codes the client invents when the server's documented error body is missing. */
export const CLIENT_ERROR_CODES = {
  /** The request never got an HTTP answer (offline, DNS, refused connection, CORS). */
  network: 'network_error',
  /** An HTTP answer came back without the documented JSON error body (e.g. a proxy's 502 page). */
  unexpectedResponse: 'unexpected_response',
} as const;

export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when no usable response arrived. */
  readonly statusCode: number;
  /** Stable, machine-readable code, e.g. `unauthorized`, `validation_failed`. */
  readonly code: string;
  readonly details: ApiErrorDetail[] | undefined;

  constructor(body: ApiErrorBody, options?: ErrorOptions) {
    super(body.message, options);
    this.statusCode = body.statusCode;
    this.code = body.code;
    this.details = body.details;
  }

  /** The error as the documented body, e.g. to hand on to a UI library. */
  get body(): ApiErrorBody {
    return {
      statusCode: this.statusCode,
      code: this.code,
      message: this.message,
      ...(this.details ? { details: this.details } : {}),
    };
  }

  /** True when the server itself answered with its documented error body. */
  get isFromServer(): boolean {
    return this.code !== CLIENT_ERROR_CODES.network && this.code !== CLIENT_ERROR_CODES.unexpectedResponse;
  }

  /** The request failed before any HTTP response arrived. */
  static network(cause: unknown): ApiError {
    return new ApiError(
      {
        statusCode: 0,
        code: CLIENT_ERROR_CODES.network,
        message: 'We could not reach the server. Check your connection and try again.',
      },
      { cause },
    );
  }

  /** Reads a failed response's body and turns it into an ApiError, whatever the body holds. */
  static async fromResponse(response: Response): Promise<ApiError> {
    let text = '';
    try {
      text = await response.text();
    } catch {
      // An unreadable body is treated like an empty one.
    }
    return parseApiError(response.status, text);
  }
}

/** Builds an ApiError from a status and a raw body (see {@link toApiError}). */
export function parseApiError(status: number, bodyText: string): ApiError {
  return toApiError(status, parseJson(bodyText));
}

/**
 * Builds an ApiError from a status and an already parsed body. The body is trusted only when it
 * has the documented shape; anything else (HTML error pages, plain text, empty bodies, foreign
 * JSON) becomes a generic, human-readable error carrying the HTTP status.
 */
export function toApiError(status: number, body: unknown): ApiError {
  if (isApiErrorBody(body)) {
    return new ApiError({
      statusCode: body.statusCode,
      code: body.code,
      message: body.message,
      details: Array.isArray(body.details) ? body.details.filter(isApiErrorDetail) : undefined,
    });
  }
  return new ApiError({
    statusCode: status,
    code: CLIENT_ERROR_CODES.unexpectedResponse,
    message: fallbackMessage(status),
  });
}

function parseJson(text: string): unknown {
  if (text.trim() === '') {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    isRecord(value) &&
    typeof value.statusCode === 'number' &&
    typeof value.code === 'string' &&
    typeof value.message === 'string' &&
    value.message.trim() !== ''
  );
}

function isApiErrorDetail(value: unknown): value is ApiErrorDetail {
  return (
    isRecord(value) &&
    typeof value.message === 'string' &&
    (value.field === undefined || typeof value.field === 'string')
  );
}

function fallbackMessage(status: number): string {
  if (status === 401) {
    return 'Please sign in to continue.';
  }
  if (status === 403) {
    return 'You do not have access to this.';
  }
  if (status === 404) {
    return 'We could not find what you were looking for.';
  }
  if (status === 429) {
    return 'Too many attempts. Please wait a moment and try again.';
  }
  if (status >= 500) {
    return `Something went wrong on our side (HTTP ${status}). Please try again in a moment.`;
  }
  return `The request could not be completed (HTTP ${status}).`;
}
