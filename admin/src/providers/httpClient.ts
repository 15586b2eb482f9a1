import { fetchUtils, HttpError } from 'react-admin';

/** Cookie set by the API for the CSRF double-submit check; echoed in {@link CSRF_HEADER} on writes. */
export const CSRF_COOKIE = 'dc_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Error body of every API failure (backend/src/common/dto/error-response.dto.ts). */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: { field?: string; message: string }[];
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: string;
  /** Parsed body; `undefined` when it was not JSON. Narrow it before use. */
  json: unknown;
}
export type HttpClient = (url: string, options?: fetchUtils.Options) => Promise<HttpResponse>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isApiErrorBody = (value: unknown): value is ApiErrorBody =>
  isRecord(value) && typeof value.message === 'string' && typeof value.code === 'string';

export const readCookie = (name: string): string | undefined => {
  const prefix = `${name}=`;
  const pair = document.cookie
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix));
  if (pair === undefined) {
    return undefined;
  }
  const raw = pair.slice(prefix.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};

/** Turns whatever the fetch failed with into an `HttpError` carrying our API's message and body. */
export const toHttpError = (error: unknown): HttpError => {
  if (error instanceof HttpError) {
    const body: unknown = error.body;
    if (isApiErrorBody(body)) {
      const status = typeof error.status === 'number' ? error.status : body.statusCode;
      return new HttpError(body.message, status, body);
    }
    if (typeof error.status === 'number' && error.status >= 500) {
      // Not our API's error shape: a proxy or load balancer answered because the API is down.
      return new HttpError(
        `The server is unavailable right now (HTTP ${error.status}). Please try again in a moment.`,
        error.status,
        body ?? null,
      );
    }
    return error;
  }
  // fetch() itself rejects (TypeError) when the server cannot be reached at all.
  const reason = error instanceof Error ? error.message : String(error);
  return new HttpError(`The server could not be reached (${reason}).`, 0, null);
};

/**
 * The single HTTP entry point of the back office: cookies ride along (`credentials: 'include'`),
 * writes echo the CSRF cookie, and failures reject with `HttpError(message, status, body)`.
 */
export const httpClient: HttpClient = async (url, options = {}) => {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) {
    headers.set('Accept', 'application/json');
  }
  const method = (options.method ?? 'GET').toUpperCase();
  if (!SAFE_METHODS.has(method)) {
    const csrfToken = readCookie(CSRF_COOKIE);
    if (csrfToken) {
      headers.set(CSRF_HEADER, csrfToken);
    }
  }
  try {
    return await fetchUtils.fetchJson(url, { ...options, method, headers, credentials: 'include' });
  } catch (error) {
    throw toHttpError(error);
  }
};
