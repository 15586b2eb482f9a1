import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { ConfigType } from '@nestjs/config';
import type { AllConfig } from 'src/config/config.types';
import { EmailService } from 'src/email/email.service';
import { EmailTemplate } from 'src/email/templates/email-templates';
import { QueueName } from 'src/queue/queue.constants';
import { UsersRepository } from 'src/users/users.repository';
import { QueueService } from 'src/queue/queue.service';
import { webhooksConfig } from 'src/webhooks/config/webhooks.config';
import type { WebhookDeliveryEntity } from 'src/webhooks/entities/webhook-delivery.entity';
import type { WebhookEndpointEntity } from 'src/webhooks/entities/webhook-endpoint.entity';
import { signWebhook } from 'src/webhooks/webhook-signature';
import { refuseWebhookUrl } from 'src/webhooks/webhook-url';
import { WebhooksRepository } from 'src/webhooks/webhooks.repository';

const SWEEP_INTERVAL_MS = 60_000;
/** How late a due attempt may be before the sweeper assumes its job was lost. */
const OVERDUE_GRACE_MS = 2 * 60_000;

const describeError = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** The secrets that sign now: the current one, and the previous one within its overlap window. */
export const signingSecrets = (endpoint: WebhookEndpointEntity, now = new Date()): string[] =>
  endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now
    ? [endpoint.secret, endpoint.previousSecret]
    : [endpoint.secret];

/**
 * Signed event delivery. Each webhook_deliveries row (one event for one endpoint) gets a job;
 * the job makes one attempt, logs it, and on failure queues the next one after an exponential
 * backoff. Features announce events through WebhooksPublisher, inside their transaction.
 */
@Injectable()
export class WebhooksService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhooksService.name);
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly repository: WebhooksRepository,
    private readonly queue: QueueService,
    private readonly email: EmailService,
    private readonly users: UsersRepository,
    @Inject(webhooksConfig.KEY) private readonly config: ConfigType<typeof webhooksConfig>,
    private readonly appConfig: ConfigService<AllConfig, true>,
  ) {}

  /** Queues the first attempt of freshly written delivery rows. */
  async enqueueDeliveries(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      await this.enqueue(id, 1, 0);
    }
  }

  /** Queue handler: one attempt at one delivery row. */
  async deliver(deliveryId: string): Promise<void> {
    const row = await this.repository.claim(deliveryId, this.config.timeoutMs * 2);
    if (!row) {
      return; // delivered, failed, or another attempt holds it / is due later
    }
    const endpoint = await this.repository.findEndpointForDelivery(row.endpointId);
    const started = Date.now();
    const log = (statusCode: number | null, error: string | null): Promise<void> =>
      this.repository.recordAttempt({
        deliveryId: row.id,
        endpointId: row.endpointId,
        attempt: row.attempt,
        statusCode,
        error: error?.slice(0, 1000) ?? null,
        durationMs: Date.now() - started,
      });
    if (!endpoint?.enabled) {
      const error = 'the endpoint is disabled';
      await this.repository.markAttemptFailed(row.id, { statusCode: null, error, retryAt: null });
      await log(null, error);
      return;
    }
    const refused = await refuseWebhookUrl(endpoint.url, this.config.allowPrivateUrls);
    if (refused) {
      await log(null, `URL refused: ${refused}`);
      await this.fail(row, null, `URL refused: ${refused}`);
      return;
    }
    const rawBody = JSON.stringify(row.payload);
    const timestamp = Math.floor(Date.now() / 1000);
    let statusCode: number | null = null;
    try {
      const response = await fetch(endpoint.url, {
        method: 'POST',
        redirect: 'manual', // a redirect could point anywhere, including our own network
        signal: AbortSignal.timeout(this.config.timeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'DevCoach-Webhooks/1',
          'x-devcoach-event': row.eventType,
          'x-devcoach-delivery': row.id,
          'x-devcoach-timestamp': String(timestamp),
          'x-devcoach-signature': signWebhook(signingSecrets(endpoint), timestamp, rawBody),
        },
        body: rawBody,
      });
      statusCode = response.status;
      await response.body?.cancel();
      if (response.ok) {
        // Logged first, so a delivered row always has its attempts in the log.
        await log(statusCode, null);
        await this.repository.markDelivered(row.id, endpoint.id, response.status);
        return;
      }
      await log(statusCode, `HTTP ${response.status}`);
      await this.fail(row, statusCode, `HTTP ${response.status}`);
    } catch (error) {
      await log(statusCode, describeError(error));
      await this.fail(row, statusCode, describeError(error));
    }
  }

  /**
   * Back-office retry (failed rows) or replay (delivered ones too) with a fresh set of
   * attempts; false when the row is pending or in none of `from`.
   */
  async retry(deliveryId: string, from: readonly ('failed' | 'delivered')[] = ['failed']): Promise<boolean> {
    if (!(await this.repository.requeue(deliveryId, from))) {
      return false;
    }
    await this.enqueue(deliveryId, `retry-${Date.now()}`, 0);
    return true;
  }

  /** Re-queues pending rows whose job was lost, as the email outbox's sweeper does. */
  async sweep(graceMs = OVERDUE_GRACE_MS): Promise<number> {
    const ids = await this.repository.findOverdue(graceMs, 100);
    for (const id of ids) {
      await this.enqueue(id, `sweep-${Date.now()}`, 0);
    }
    return ids.length;
  }

  onApplicationBootstrap(): void {
    if (!this.appConfig.get('queue.runWorkers', { infer: true })) {
      return;
    }
    this.sweeper = setInterval(() => {
      this.sweep().catch((error: unknown) =>
        this.logger.warn(`Webhook sweep failed: ${describeError(error)}`),
      );
    }, SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  private async fail(row: WebhookDeliveryEntity, statusCode: number | null, error: string): Promise<void> {
    const last = row.attempt >= this.config.maxAttempts;
    const delayMs = this.config.backoffMs * 2 ** (row.attempt - 1);
    await this.repository.markAttemptFailed(row.id, {
      statusCode,
      error,
      retryAt: last ? null : new Date(Date.now() + delayMs),
    });
    if (await this.repository.countEndpointFailure(row.endpointId, this.config.disableAfterFailures)) {
      this.logger.warn(`Webhook endpoint ${row.endpointId} disabled after repeated failures`);
      await this.alertDisabled(row.endpointId, error);
    }
    this.logger.warn(
      `Webhook delivery ${row.id} attempt ${row.attempt}/${this.config.maxAttempts} failed${last ? ' for good' : ''}: ${error}`,
    );
    if (!last) {
      // Timestamped: after a staff retry the attempt numbers repeat, and BullMQ keeps old job ids.
      await this.enqueue(row.id, `a${row.attempt + 1}-${Date.now()}`, delayMs);
    }
  }

  /** Tells staff a receiver was switched off, through the email outbox (as the safety alert). */
  private async alertDisabled(endpointId: string, lastError: string): Promise<void> {
    try {
      const endpoint = await this.repository.findEndpoint(endpointId);
      const configured = this.config.alertEmails;
      const recipients = configured.length > 0 ? configured : await this.users.listActiveStaffEmails();
      if (!endpoint || recipients.length === 0) {
        this.logger.error(`Webhook endpoint ${endpointId} disabled and nobody to tell by email`);
        return;
      }
      const variables = {
        url: endpoint.url,
        failures: String(endpoint.consecutiveFailures),
        lastError: lastError.slice(0, 200),
        reviewUrl: `${this.appConfig.get('app.publicUrl', { infer: true })}/admin/webhooks/${endpoint.id}/show`,
      };
      for (const to of recipients) {
        await this.email.queueEmail({
          template: EmailTemplate.StaffWebhookDisabled,
          to,
          userId: null,
          variables,
        });
      }
    } catch (error) {
      this.logger.error(
        `Webhook endpoint ${endpointId} disabled; the staff email failed: ${describeError(error)}`,
      );
    }
  }

  private async enqueue(deliveryId: string, suffix: number | string, delayMs: number): Promise<void> {
    try {
      // The job is one attempt: retries are the next job, so the row (not the queue) owns the
      // backoff and the attempt count. The queue's own attempts only cover a crashed handler.
      await this.queue.enqueue(
        QueueName.Webhooks,
        'webhook.deliver',
        { deliveryId },
        { jobId: `webhook-${deliveryId}-${suffix}`, delayMs, attempts: 3, backoffMs: 1000 },
      );
    } catch (error) {
      this.logger.warn(`Webhook delivery ${deliveryId} not queued: ${describeError(error)}`);
    }
  }
}
