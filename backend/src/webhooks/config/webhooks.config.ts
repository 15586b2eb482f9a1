import { registerAs } from '@nestjs/config';

export interface WebhooksConfig {
  /**
   * Private, loopback and link-local receivers. Refused in production (a webhook must not be a
   * way to reach our own network); allowed elsewhere so tests and dev can use a local receiver.
   */
  allowPrivateUrls: boolean;
  /** First retry delay; doubles per attempt. */
  backoffMs: number;
  /** Attempts per delivery, the first one included. */
  maxAttempts: number;
  /** Failed attempts in a row after which an endpoint is disabled. */
  disableAfterFailures: number;
  timeoutMs: number;
}

const positiveInt = (raw: string | undefined, fallback: number): number => {
  const value = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

export const buildWebhooksConfig = (
  env: Record<string, string | undefined> = process.env,
): WebhooksConfig => ({
  allowPrivateUrls:
    env.WEBHOOK_ALLOW_PRIVATE_URLS === undefined
      ? env.NODE_ENV !== 'production'
      : env.WEBHOOK_ALLOW_PRIVATE_URLS === 'true',
  backoffMs: positiveInt(env.WEBHOOK_BACKOFF_MS, 30_000),
  maxAttempts: positiveInt(env.WEBHOOK_MAX_ATTEMPTS, 6),
  disableAfterFailures: positiveInt(env.WEBHOOK_DISABLE_AFTER_FAILURES, 15),
  timeoutMs: 5000,
});

export const webhooksConfig = registerAs('webhooks', () => buildWebhooksConfig());
