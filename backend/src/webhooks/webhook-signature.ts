import { createHmac, randomBytes } from 'node:crypto';

/** `whsec_` + 32 random bytes: long enough that guessing is hopeless, prefixed to be recognisable. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/**
 * The `X-DevCoach-Signature` value. The timestamp is signed with the body so a captured
 * delivery cannot be replayed later (receivers check its age; see verifyWebhook in the SDK).
 */
export const signWebhook = (secret: string, timestamp: number, rawBody: string): string =>
  `v1=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
