import type { ApiError } from '@/modules/api/ApiError';
import { CSRF_COOKIE, CSRF_HEADER, REFRESH_PATH } from '@/modules/api/constants';
import { readCookie } from '@/modules/api/cookies';

/**
 * Shared with the back office (same origin, same cookies): only one tab or app refreshes at a
 * time. Two refreshes with the same token would count as token reuse and end the session.
 */
export const REFRESH_LOCK_NAME = 'dc-session-refresh';

let inFlight: Promise<boolean> | undefined;

/**
 * Whether a failed request is worth one refresh-and-retry.
 *
 * - `token_expired`: the access token is past its lifetime (docs/auth.md, "Tokens and sessions").
 * - `unauthorized` while the `dc_csrf` cookie is still there: the browser has already dropped the
 *   `dc_access` cookie (it lives exactly as long as the token), so the API sees no token at all,
 *   but the 30-day refresh cookie set alongside `dc_csrf` can still renew the session.
 */
export function shouldRefreshSession(error: ApiError): boolean {
  if (error.statusCode !== 401) {
    return false;
  }
  return (
    error.code === 'token_expired' || (error.code === 'unauthorized' && readCookie(CSRF_COOKIE) !== undefined)
  );
}

/**
 * Exchanges the refresh cookie for new session cookies. Concurrent callers share one request;
 * resolves `true` when the session was renewed (by us or, meanwhile, by another tab).
 */
export function refreshSession(): Promise<boolean> {
  inFlight ??= refreshOnce().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

async function refreshOnce(): Promise<boolean> {
  const csrfBefore = readCookie(CSRF_COOKIE);
  const attempt = async (): Promise<boolean> => {
    const csrfNow = readCookie(CSRF_COOKIE);
    if (csrfNow !== undefined && csrfNow !== csrfBefore) {
      // Another tab refreshed while we waited for the lock: its new cookies are ours too.
      return true;
    }
    return postRefresh(csrfNow);
  };
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks && typeof locks.request === 'function') {
    return locks.request(REFRESH_LOCK_NAME, attempt);
  }
  return attempt();
}

async function postRefresh(csrfToken: string | undefined): Promise<boolean> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (csrfToken !== undefined) {
    headers[CSRF_HEADER] = csrfToken;
  }
  try {
    const response = await fetch(REFRESH_PATH, { method: 'POST', headers, credentials: 'include' });
    return response.ok;
  } catch {
    return false;
  }
}
