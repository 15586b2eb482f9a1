import { CSRF_COOKIE, CSRF_COOKIE_HTTPS } from './constants';

/** Reads one cookie visible to the page, or `undefined` when it is not set. */
export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') {
    return undefined;
  }
  const prefix = `${name}=`;
  const pair = document.cookie
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix));
  if (pair === undefined) {
    return undefined;
  }
  const raw = pair.slice(prefix.length);
  if (raw === '') {
    return undefined;
  }
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The CSRF cookie under whichever name the API uses (prefixed over HTTPS). */
export function readCsrfCookie(): string | undefined {
  return readCookie(CSRF_COOKIE_HTTPS) ?? readCookie(CSRF_COOKIE);
}
