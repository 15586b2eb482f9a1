import { HttpError } from 'react-admin';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from './cookies';

/** Rotates the refresh cookie and issues a fresh access cookie (docs/auth.md, "Cookies and CSRF"). */
export const REFRESH_ROUTE = '/api/v1/auth/refresh';

/**
 * Shared with the web app (same origin, same cookies): one refresh at a time across every tab.
 * Two refreshes with the same token count as token reuse, and the API then ends the session.
 */
export const REFRESH_LOCK_NAME = 'dc-session-refresh';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const codeOf = (error: HttpError): string | undefined => {
  const body: unknown = error.body;
  return isRecord(body) && typeof body.code === 'string' ? body.code : undefined;
};

/**
 * Whether a failed request is worth one refresh-and-retry:
 * - 401 `token_expired`: the access token is past its lifetime;
 * - 401 `unauthorized` while `dc_csrf` is still set: the browser has dropped the `dc_access`
 *   cookie (it lives exactly as long as the token), but the refresh cookie set with `dc_csrf`
 *   can still renew the session.
 */
export const shouldRefreshSession = (error: unknown): boolean => {
  if (!(error instanceof HttpError) || error.status !== 401) {
    return false;
  }
  const code = codeOf(error);
  return code === 'token_expired' || (code === 'unauthorized' && readCookie(CSRF_COOKIE) !== undefined);
};

// Errors that already went through a refresh: refreshing again for them cannot help.
const afterRefresh = new WeakSet<object>();

export const markRefreshAttempted = <T>(error: T): T => {
  if (typeof error === 'object' && error !== null) {
    afterRefresh.add(error);
  }
  return error;
};

export const wasRefreshAttempted = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && afterRefresh.has(error);

const postRefresh = async (csrfToken: string | undefined): Promise<boolean> => {
  const headers = new Headers({ Accept: 'application/json' });
  if (csrfToken !== undefined) {
    headers.set(CSRF_HEADER, csrfToken);
  }
  try {
    const response = await fetch(REFRESH_ROUTE, { method: 'POST', headers, credentials: 'include' });
    return response.ok;
  } catch {
    return false;
  }
};

const refreshOnce = async (): Promise<boolean> => {
  const csrfBefore = readCookie(CSRF_COOKIE);
  const attempt = async (): Promise<boolean> => {
    const csrfNow = readCookie(CSRF_COOKIE);
    if (csrfNow !== undefined && csrfNow !== csrfBefore) {
      // Another tab (or the web app) refreshed while we waited for the lock.
      return true;
    }
    return postRefresh(csrfNow);
  };
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks && typeof locks.request === 'function') {
    return locks.request(REFRESH_LOCK_NAME, attempt);
  }
  return attempt();
};

let inFlight: Promise<boolean> | undefined;

/**
 * Exchanges the refresh cookie for new session cookies; concurrent callers share one request.
 * Resolves `true` when the session was renewed.
 */
export const refreshSession = (): Promise<boolean> => {
  inFlight ??= refreshOnce().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
};
