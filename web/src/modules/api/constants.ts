/** Prefix of every versioned API route. */
export const API_PREFIX = '/api/v1';

/** Cookie the API sets at sign-in for the CSRF double-submit check (readable by the page). */
export const CSRF_COOKIE = 'dc_csrf';

/** Header that must echo {@link CSRF_COOKIE} on every cookie-authenticated write. */
export const CSRF_HEADER = 'X-CSRF-Token';

/** Rotates the refresh cookie and issues a fresh access cookie (docs/auth.md, "Cookies and CSRF"). */
export const REFRESH_PATH = `${API_PREFIX}/auth/refresh`;
