/** Headers as Fetch (`Headers`) or Node (`IncomingHttpHeaders`, lower-case keys) give them. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifyWebhookOptions {
  /** How old (or how far in the future) the timestamp may be. Default 300 s. */
  toleranceSeconds?: number;
  /** The current time in ms; for tests. */
  now?: number;
}

export interface VerifiedWebhook<T = unknown> {
  /** `X-DevCoach-Event`, e.g. `safety.flagged`. */
  event: string;
  /** `X-DevCoach-Delivery`: the same on every attempt of one delivery, so use it to deduplicate. */
  deliveryId: string;
  timestamp: number;
  /** The parsed body: `{ id, type, createdAt, data }`. */
  payload: T;
}

export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
}

const header = (headers: WebhookHeaders, name: string): string | undefined => {
  if (typeof (headers as Headers).get === 'function') {
    return (headers as Headers).get(name) ?? undefined;
  }
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
};

const toHex = (bytes: ArrayBuffer): string =>
  Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** Compares every character whatever the first difference, so timing tells nothing. */
const constantTimeEqual = (a: string, b: string): boolean => {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return diff === 0;
};

/**
 * Checks a Dev Coach webhook: the `X-DevCoach-Signature` header holds one or more
 * comma-separated `v1=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>` (two while a
 * rotated secret's overlap window runs: new and old), one of which must match `secret`, and the
 * timestamp must be recent. Pass the body exactly as received (before any JSON parsing). Throws
 * WebhookVerificationError when the delivery is not genuine; uses WebCrypto, so it runs in
 * Node 20+, browsers and edge runtimes.
 */
export const verifyWebhook = async <T = unknown>(
  rawBody: string,
  headers: WebhookHeaders,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<VerifiedWebhook<T>> => {
  const signature = header(headers, 'x-devcoach-signature');
  const timestampText = header(headers, 'x-devcoach-timestamp');
  const event = header(headers, 'x-devcoach-event');
  const deliveryId = header(headers, 'x-devcoach-delivery');
  if (!signature || !timestampText || !event || !deliveryId) {
    throw new WebhookVerificationError('missing X-DevCoach-* headers');
  }
  const timestamp = Number(timestampText);
  const tolerance = options.toleranceSeconds ?? 300;
  const now = (options.now ?? Date.now()) / 1000;
  if (!/^\d+$/.test(timestampText) || Math.abs(now - timestamp) > tolerance) {
    throw new WebhookVerificationError('timestamp outside the tolerance');
  }
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const expected = `v1=${toHex(await crypto.subtle.sign('HMAC', key, encoder.encode(`${timestampText}.${rawBody}`)))}`;
  // Every candidate is compared in full, so which one matched (if any) takes the same time.
  let matched = false;
  for (const candidate of signature.split(',')) {
    matched = constantTimeEqual(candidate.trim(), expected) || matched;
  }
  if (!matched) {
    throw new WebhookVerificationError('signature does not match');
  }
  return { event, deliveryId, timestamp, payload: JSON.parse(rawBody) as T };
};
