import { createHmac, randomBytes } from 'node:crypto';

/** `whsec_` + 32 random bytes: long enough that guessing is hopeless, prefixed to be recognisable. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/**
 * The `X-DevCoach-Signature` value: `v1=<hex>` per secret, comma-separated. The timestamp is
 * signed with the body so a captured delivery cannot be replayed later (receivers check its
 * age; see verifyWebhook in the SDK). During a rotation's overlap window there are two
 * secrets, newest first, and a receiver holding either one finds a match.
 */
export const signWebhook = (secrets: readonly string[], timestamp: number, rawBody: string): string =>
  secrets
    .map((secret) => `v1=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`)
    .join(',');
