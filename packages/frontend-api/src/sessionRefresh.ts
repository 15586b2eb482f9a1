import type { ApiClient } from '@dev-coach/api-client';
import { REFRESH_LOCK_NAME, REFRESH_PATH } from './constants';
import { readCsrfCookie } from './cookies';

/**
 * Whether a failed request is worth one refresh-and-retry.
 *
 * - `token_expired`: the access token is past its lifetime (docs/auth.md, "Tokens and sessions").
 * - `unauthorized` while the `dc_csrf` cookie is still there: the browser has already dropped the
 *   `dc_access` cookie (it lives exactly as long as the token), so the API sees no token at all,
 *   but the 30-day refresh cookie set alongside `dc_csrf` can still renew the session.
 */
export function shouldRefreshSession(statusCode: number | undefined, code: string | undefined): boolean {
  if (statusCode !== 401) {
    return false;
  }
  return code === 'token_expired' || (code === 'unauthorized' && readCsrfCookie() !== undefined);
}

// One refresh per page at a time, whichever client asked: the cookies belong to the origin.
let inFlight: Promise<boolean> | undefined;

/**
 * Exchanges the refresh cookie for new session cookies (`POST /api/v1/auth/refresh` through
 * `client`, so the CSRF header rides along). Concurrent callers share one request, and other tabs
 * wait on the {@link REFRESH_LOCK_NAME} Web Lock. Resolves `true` when the session was renewed,
 * by us or, meanwhile, by another tab.
 */
export function refreshSession(client: Pick<ApiClient, 'POST'>): Promise<boolean> {
  inFlight ??= refreshOnce(client).finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

async function refreshOnce(client: Pick<ApiClient, 'POST'>): Promise<boolean> {
  const csrfBefore = readCsrfCookie();
  const attempt = async (): Promise<boolean> => {
    const csrfNow = readCsrfCookie();
    if (csrfNow !== undefined && csrfNow !== csrfBefore) {
      // Another tab refreshed while we waited for the lock: its new cookies are ours too.
      return true;
    }
    try {
      // Browsers send the refresh token as the dc_refresh cookie, so the body stays empty.
      const { response } = await client.POST(REFRESH_PATH, { body: {} });
      return response.ok;
    } catch {
      return false;
    }
  };
  // Without the Web Locks API (older browsers, tests) tabs cannot coordinate; this tab still
  // shares one refresh between its own requests.
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks && typeof locks.request === 'function') {
    return locks.request(REFRESH_LOCK_NAME, attempt);
  }
  return attempt();
}

// Responses and errors that already went through a refresh: refreshing again cannot help them.
const afterRefresh = new WeakSet<object>();

export function markRefreshAttempted<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    afterRefresh.add(value);
  }
  return value;
}

export function wasRefreshAttempted(value: unknown): boolean {
  return typeof value === 'object' && value !== null && afterRefresh.has(value);
}
