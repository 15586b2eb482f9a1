import {
  type ApiClient,
  ApiError,
  type ApiErrorBody,
  type ApiResult,
  CLIENT_ERROR_CODES,
  markRefreshAttempted,
  unwrapResult,
  wasRefreshAttempted,
} from '@dev-coach/frontend-api';
import { type fetchUtils, HttpError } from 'react-admin';
import { api as defaultApi } from './apiClient';

/**
 * What react-admin receives as `HttpError.body`: the API's body plus `errors`, the per-field
 * messages react-admin shows next to the form inputs (server-side validation).
 */
export interface HttpErrorBody extends ApiErrorBody {
  errors?: Record<string, string>;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: string;
  /** Parsed body; `undefined` when it was not JSON. Narrow it before use. */
  json: unknown;
}
export type HttpClient = (url: string, options?: fetchUtils.Options) => Promise<HttpResponse>;

/** `details[]` as react-admin's `{ field: message }` map, first message per field. */
const fieldErrorsOf = (body: ApiErrorBody): Record<string, string> | undefined => {
  const errors: Record<string, string> = {};
  for (const detail of body.details ?? []) {
    if (detail.field !== undefined) {
      errors[detail.field] ??= detail.message;
    }
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
};

const describeCause = (error: ApiError): string => {
  const cause: unknown = error.cause;
  return cause instanceof Error ? cause.message : String(cause);
};

/**
 * Turns what a call through the API client failed with into the `HttpError(message, status, body)`
 * react-admin expects, keeping the mark of a refresh already tried.
 */
export const toHttpError = (error: unknown): HttpError => {
  if (!(error instanceof ApiError)) {
    return error instanceof HttpError ? error : new HttpError(String(error), 0, null);
  }
  let httpError: HttpError;
  if (error.isFromServer) {
    const errors = fieldErrorsOf(error.body);
    const body: HttpErrorBody = errors ? { ...error.body, errors } : error.body;
    httpError = new HttpError(error.message, error.statusCode, body);
  } else if (error.code === CLIENT_ERROR_CODES.network) {
    httpError = new HttpError(`The server could not be reached (${describeCause(error)}).`, 0, null);
  } else if (error.statusCode >= 500) {
    // Not our API's error shape: a proxy or load balancer answered because the API is down.
    httpError = new HttpError(
      `The server is unavailable right now (HTTP ${error.statusCode}). Please try again in a moment.`,
      error.statusCode,
      null,
    );
  } else {
    httpError = new HttpError(error.message, error.statusCode, null);
  }
  return wasRefreshAttempted(error) ? markRefreshAttempted(httpError) : httpError;
};

/** A typed client call that rejects with react-admin's `HttpError`. */
export const call = async <R extends ApiResult>(pending: Promise<R>) => {
  try {
    return await unwrapResult(pending);
  } catch (error) {
    throw toHttpError(error);
  }
};

// The simple REST provider builds its own URLs (`/api/v1/admin/users?range=…`), which are not
// typed paths; they still go through the client's middleware (CSRF header, refresh and retry).
type UrlRequest = (method: string, url: string, init: Record<string, unknown>) => Promise<ApiResult>;

/**
 * react-admin's `httpClient` (same contract as `fetchUtils.fetchJson`) over the shared API client.
 * Bodies arrive already serialised; failures reject with `HttpError(message, status, body)`.
 */
export const createHttpClient =
  (client: ApiClient = defaultApi): HttpClient =>
  async (url, options = {}) => {
    const { method = 'GET', headers, body, signal } = options;
    const { data, response } = await call(
      (client as unknown as { request: UrlRequest }).request(method, url, {
        headers,
        body,
        signal,
        bodySerializer: (serialised: unknown) => serialised,
        parseAs: 'text',
      }),
    );
    const text = typeof data === 'string' ? data : '';
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      // Not JSON: callers see `json: undefined` and can still read `body`.
    }
    return { status: response.status, headers: response.headers, body: text, json };
  };

export const httpClient: HttpClient = createHttpClient();
