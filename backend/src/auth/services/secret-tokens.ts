import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 bits, URL-safe: refresh tokens, emailed links, invites. */
export const newOpaqueToken = (): string => randomBytes(32).toString('base64url');

/** What is stored instead of a secret: its SHA-256 (hex). Secrets are random, so no salt is needed. */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export const safeEqual = (a: string, b: string): boolean => {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
};
