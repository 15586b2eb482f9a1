// Telemetry leaves the process, so what it carries is held to the same rule as the logs: no
// message content, no personal data, no secrets. These helpers scrub the free text that can
// slip in anyway (driver error messages quote values; URLs carry one-time tokens).

const EMAIL = /[^\s@"'<>()[\],;:]+@[^\s@"'<>()[\],;:]+\.[^\s@"'<>()[\],;:]+/g;
// PostgreSQL's "Key (email)=(someone@example.com) already exists" quotes the row's values.
const KEY_DETAIL = /\)=\([^)]*\)/g;
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g;
// API keys, hex digests, session tokens: long runs of token characters.
const LONG_TOKEN = /\b[\w-]{40,}\b/g;
const MAX_TEXT = 1000;

/** The same text with emails, quoted key values, JWTs and token-like strings replaced. */
export const redactText = (text: string): string => {
  const redacted = text
    .replace(JWT, '[token]')
    .replace(EMAIL, '[email]')
    .replace(KEY_DETAIL, ')=([redacted])')
    .replace(LONG_TOKEN, '[token]');
  return redacted.length > MAX_TEXT ? `${redacted.slice(0, MAX_TEXT)}…` : redacted;
};

/**
 * A URL or path with every query value replaced, names kept: `/verify?token=abc` becomes
 * `/verify?token=REDACTED`. Verification and reset links carry their secret in the query.
 */
export const redactQuery = (url: string): string => {
  const start = url.indexOf('?');
  if (start < 0) {
    return url;
  }
  const hash = url.indexOf('#', start);
  const query = url.slice(start + 1, hash < 0 ? undefined : hash);
  const names = query
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0] ?? ''}=REDACTED`);
  return `${url.slice(0, start)}?${names.join('&')}`;
};
