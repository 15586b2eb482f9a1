/**
 * What never reaches a log line at info level and above (docs/operations.md, Logs):
 * - secrets by key name anywhere in a logged object: passwords, tokens, keys, cookies,
 *   authorization headers, one-time codes, and the bound parameters of failed SQL (they hold
 *   whatever the query wrote: message text, hashes, addresses);
 * - the words of a conversation by key name (`content`, `text`, `html`, `prompt`, …), unless
 *   the line is logged at debug or trace;
 * - tokens inside URLs: query values with a secret name, `#token=` fragments and long random
 *   path segments (`/auth/invites/<token>`), in URL fields and in message strings.
 */
export const REDACTED = '[redacted]';

const SECRET_KEY =
  /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|password|passwd|pass|.*_?password|.*secret|.*token|.*apikey|.*api_key|otp|totp|recovery_?codes?|signature|credentials?|parameters|private_?key|dsn)$/i;
const CONTENT_KEY =
  /^(content|text|html|prompt|completion|messages|message_?text|body|input|transcript|statement)$/i;
/** Counts such as `inputTokens` are numbers and stay; only text and structures are hidden. */
const isSensitiveValue = (value: unknown): boolean =>
  typeof value === 'string' || (typeof value === 'object' && value !== null);

const SECRET_PARAM =
  /([?&#](?:[\w-]*token|code|password|secret|key|signature|sig|otp|x-amz-[\w-]+)=)[^&#\s"']*/gi;
/** 32+ URL-safe characters with no dash pattern of a UUID: a token, not an id. */
const TOKEN_SEGMENT =
  /\/(?![0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:[/?#\s"']|$))[A-Za-z0-9_-]{32,}(?=[/?#\s"']|$)/g;

/** A URL or a sentence holding URLs, with the secret parts replaced. */
export const scrubUrls = (text: string): string =>
  text.replace(SECRET_PARAM, `$1${REDACTED}`).replace(TOKEN_SEGMENT, `/${REDACTED}`);

export interface RedactionOptions {
  /** Keep conversation text (debug and trace lines). */
  keepContent: boolean;
}

const MAX_DEPTH = 8;

/**
 * A copy of `value` with secrets (and, unless kept, content) replaced by `[redacted]`. Plain
 * objects and arrays are copied; Errors become plain objects of their own fields; anything
 * deeper than a few levels is cut (log lines are not dumps).
 */
export const redactForLog = (value: unknown, options: RedactionOptions, depth = 0): unknown => {
  if (typeof value === 'string') {
    return scrubUrls(value);
  }
  if (typeof value !== 'object' || value === null) {
    return value;
  }
  if (depth >= MAX_DEPTH) {
    return '[truncated]';
  }
  if (Array.isArray(value)) {
    return value.map((item) => redactForLog(item, options, depth + 1));
  }
  if (value instanceof Date || Buffer.isBuffer(value)) {
    return value;
  }
  const source = value instanceof Error ? errorFields(value) : (value as Record<string, unknown>);
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(source)) {
    if (SECRET_KEY.test(key) && isSensitiveValue(field)) {
      copy[key] = REDACTED;
    } else if (!options.keepContent && CONTENT_KEY.test(key) && isSensitiveValue(field)) {
      copy[key] = REDACTED;
    } else {
      copy[key] = redactForLog(field, options, depth + 1);
    }
  }
  return copy;
};

/** What pino's error serializer would keep: type, message, stack and own enumerable fields. */
const errorFields = (error: Error): Record<string, unknown> => ({
  type: error.constructor.name,
  message: error.message,
  stack: error.stack,
  ...(error.cause === undefined ? {} : { cause: error.cause }),
  ...Object.fromEntries(Object.entries(error)),
});
