import { readCsrfCookie } from '@dev-coach/frontend-api';

/**
 * Whether this browser may hold a session: signing in sets the script-readable CSRF cookie next to
 * the session cookies, and signing out removes it. Lets public pages skip the `/me` request for
 * visitors who never signed in.
 */
export function mightBeSignedIn(): boolean {
  return readCsrfCookie() !== undefined;
}
