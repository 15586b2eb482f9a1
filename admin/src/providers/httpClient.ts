import { fetchUtils, HttpError } from 'react-admin';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from './cookies';
import { markRefreshAttempted, refreshSession, shouldRefreshSession } from './sessionRefresh';

export { CSRF_COOKIE, CSRF_HEADER, readCookie } from './cookies';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// Routes that start or end a session: their 401 is the answer itself, never a reason to refresh
// (and refreshing on the refresh route would loop).
const SESSION_ROUTES = new Set([
  '/api/v1/auth/login',
  '/api/v1/auth/token',
  '/api/v1/auth/refresh',
  '/api/v1/auth/logout',
]);

/** Error body of every API failure (backend/src/common/dto/error-response.dto.ts). */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: { field?: string; message: string }[];
}

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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isApiErrorBody = (value: unknown): value is ApiErrorBody =>
  isRecord(value) && typeof value.message === 'string' && typeof value.code === 'string';

/** `details[]` as react-admin's `{ field: message }` map, first message per field. */
const fieldErrorsOf = (body: ApiErrorBody): Record<string, string> | undefined => {
  const errors: Record<string, string> = {};
  for (const detail of Array.isArray(body.details) ? body.details : []) {
    if (isRecord(detail) && typeof detail.field === 'string' && typeof detail.message === 'string') {
      errors[detail.field] ??= detail.message;
    }
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
};

/** Turns whatever the fetch failed with into an `HttpError` carrying our API's message and body. */
export const toHttpError = (error: unknown): HttpError => {
  if (error instanceof HttpError) {
    const body: unknown = error.body;
    if (isApiErrorBody(body)) {
      const status = typeof error.status === 'number' ? error.status : body.statusCode;
      const errors = fieldErrorsOf(body);
      const withErrors: HttpErrorBody = errors ? { ...body, errors } : body;
      return new HttpError(body.message, status, withErrors);
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

const pathOf = (url: string): string => {
  try {
    return new URL(url, window.location.origin).pathname;
  } catch {
    return url;
  }
};

const send: HttpClient = async (url, options = {}) => {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) {
    headers.set('Accept', 'application/json');
  }
  const method = (options.method ?? 'GET').toUpperCase();
  if (!SAFE_METHODS.has(method)) {
    // Read at send time: a refresh in between rotates the cookie.
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

export interface HttpClientOptions {
  /** Renews the session cookies; resolves whether it worked. */
  refresh?: () => Promise<boolean>;
}

/**
 * The single HTTP entry point of the back office: cookies ride along (`credentials: 'include'`),
 * writes echo the CSRF cookie, and failures reject with `HttpError(message, status, body)`.
 * A request refused because the access token expired is sent again once, after a refresh that
 * every request failing at the same moment shares.
 */
export const createHttpClient =
  ({ refresh = refreshSession }: HttpClientOptions = {}): HttpClient =>
  async (url, options = {}) => {
    const csrfAtSend = readCookie(CSRF_COOKIE);
    try {
      return await send(url, options);
    } catch (error) {
      if (SESSION_ROUTES.has(pathOf(url)) || !shouldRefreshSession(error)) {
        throw error;
      }
      // A refresh that finished after this request left (another request's or another tab's)
      // has already rotated the cookies: retry without refreshing a second time.
      const csrfNow = readCookie(CSRF_COOKIE);
      const renewed = (csrfNow !== undefined && csrfNow !== csrfAtSend) || (await refresh());
      if (!renewed) {
        throw markRefreshAttempted(error);
      }
      try {
        return await send(url, options);
      } catch (retryError) {
        throw markRefreshAttempted(retryError);
      }
    }
  };

export const httpClient: HttpClient = createHttpClient();
