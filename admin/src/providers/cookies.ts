/** Cookie set by the API for the CSRF double-submit check; echoed in {@link CSRF_HEADER} on writes. */
export const CSRF_COOKIE = 'dc_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

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
  if (raw === '') {
    return undefined;
  }
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};
