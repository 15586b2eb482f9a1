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
  /** How long one attempt may take before it counts as failed. */
  timeoutMs: number;
  /** After a secret rotation, how long deliveries stay signed with the old secret too. */
  secretOverlapMs: number;
  /** Who hears that an endpoint was disabled; empty = every active staff member. */
  alertEmails: string[];
}

const positiveInt = (raw: string | undefined, fallback: number): number => {
  const value = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

const nonNegative = (raw: string | undefined, fallback: number): number => {
  const value = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
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
  timeoutMs: positiveInt(env.WEBHOOK_TIMEOUT_MS, 5000),
  secretOverlapMs: nonNegative(env.WEBHOOK_SECRET_OVERLAP_HOURS, 24) * 3_600_000,
  alertEmails: (env.WEBHOOK_ALERT_EMAILS ?? '')
    .split(',')
    .map((address) => address.trim().toLowerCase())
    .filter(Boolean),
});

export const webhooksConfig = registerAs('webhooks', () => buildWebhooksConfig());
