import type { paths } from '@dev-coach/api-client';

/** Cookie the API sets at sign-in for the CSRF double-submit check (readable by the page). */
export const CSRF_COOKIE = 'dc_csrf';

/** Its name over HTTPS, where the `__Host-` prefix stops subdomains from planting one. */
export const CSRF_COOKIE_HTTPS = `__Host-${CSRF_COOKIE}`;

/** Header that must echo {@link CSRF_COOKIE} on every cookie-authenticated write. */
export const CSRF_HEADER = 'X-CSRF-Token';

/** Rotates the refresh cookie and issues a fresh access cookie (docs/auth.md, "Cookies and CSRF"). */
export const REFRESH_PATH = '/api/v1/auth/refresh' satisfies keyof paths;

/**
 * The one name every tab of the web app and the back office (same origin, same cookies) locks
 * before refreshing: two refreshes with the same token count as token reuse and end the session.
 */
export const REFRESH_LOCK_NAME = 'dc-session-refresh';

/**
 * Routes that start or end a session: a 401 from them is the answer itself, never a reason to
 * refresh (and refreshing after the refresh route's own 401 would loop).
 */
export const SESSION_ROUTES: ReadonlySet<string> = new Set([
  '/api/v1/auth/login',
  '/api/v1/auth/token',
  REFRESH_PATH,
  '/api/v1/auth/logout',
] satisfies (keyof paths)[]);
