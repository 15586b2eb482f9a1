import { ApiError, CLIENT_ERROR_CODES } from '@/modules/api/ApiError';
import { API_PREFIX, CSRF_COOKIE, CSRF_HEADER } from '@/modules/api/constants';
import { readCookie } from '@/modules/api/cookies';
import { refreshSession, shouldRefreshSession } from '@/modules/api/sessionRefresh';

export { API_PREFIX } from '@/modules/api/constants';

export interface ApiFetchOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Serialised as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// Routes that start or end a session: a 401 from them is the answer itself, never a reason to
// refresh (and refreshing on the refresh route would loop).
const SESSION_ROUTES = new Set(
  ['/auth/login', '/auth/token', '/auth/refresh', '/auth/logout'].map((route) => `${API_PREFIX}${route}`),
);

/**
 * Same-origin JSON request that sends the session cookies. Resolves with the parsed body (or
 * `undefined` for an empty one) and rejects with an {@link ApiError} for any failure: network
 * errors, non-2xx answers, and 2xx answers whose body is not valid JSON.
 *
 * Writes echo the `dc_csrf` cookie in `X-CSRF-Token`. When the access token has expired, the
 * session is refreshed once (shared by every request that fails at the same time) and the
 * request is sent again.
 */
export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const { method = options.body === undefined ? 'GET' : 'POST', body, signal } = options;

  const csrfAtSend = readCookie(CSRF_COOKIE);
  let response = await send(path, method, body, signal);
  if (response.status === 401 && !SESSION_ROUTES.has(path.split('?')[0] ?? path)) {
    const error = await ApiError.fromResponse(response);
    if (!shouldRefreshSession(error)) {
      throw error;
    }
    // A refresh that finished after this request left (another request's, or another tab's)
    // already rotated the cookies: retry straight away instead of refreshing a second time.
    const csrfNow = readCookie(CSRF_COOKIE);
    const renewed = (csrfNow !== undefined && csrfNow !== csrfAtSend) || (await refreshSession());
    if (!renewed) {
      throw error;
    }
    response = await send(path, method, body, signal);
  }

  if (!response.ok) {
    throw await ApiError.fromResponse(response);
  }

  const text = await response.text();
  if (text.trim() === '') {
    return undefined as T;
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new ApiError(
      {
        statusCode: response.status,
        code: CLIENT_ERROR_CODES.unexpectedResponse,
        message: 'The server sent a response we could not read.',
      },
      { cause: error },
    );
  }
}

async function send(
  path: string,
  method: string,
  body: unknown,
  signal: AbortSignal | undefined,
): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (!SAFE_METHODS.has(method)) {
    // Read at send time: a refresh in between replaces the cookie.
    const csrfToken = readCookie(CSRF_COOKIE);
    if (csrfToken !== undefined) {
      headers[CSRF_HEADER] = csrfToken;
    }
  }
  try {
    return await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'include',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) {
      throw error;
    }
    throw ApiError.network(error);
  }
}
