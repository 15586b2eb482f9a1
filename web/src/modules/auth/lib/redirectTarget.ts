const PLACEHOLDER_ORIGIN = 'http://same-origin.invalid';

/**
 * The in-app path to return to after signing in, or `undefined` when `value` is not a plain
 * same-origin path. Only `/…` paths pass: `//evil.example`, `/\evil.example` and `https://…` would
 * send a freshly signed-in person to another site (an open redirect).
 */
export function safeRedirectPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) {
    return undefined;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Going back to the sign-in page after signing in would loop.
  return url.pathname === '/login' ? undefined : path;
}
