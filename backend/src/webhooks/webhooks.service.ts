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
import { QueueName } from 'src/queue/queue.constants';
import { QueueService } from 'src/queue/queue.service';
import { webhooksConfig } from 'src/webhooks/config/webhooks.config';
import type { WebhookDeliveryEntity } from 'src/webhooks/entities/webhook-delivery.entity';
import type { WebhookEventData, WebhookEventType } from 'src/webhooks/webhook-events';
import { signWebhook } from 'src/webhooks/webhook-signature';
import { refuseWebhookUrl } from 'src/webhooks/webhook-url';
import { WebhooksRepository } from 'src/webhooks/webhooks.repository';

const SWEEP_INTERVAL_MS = 60_000;
/** How late a due attempt may be before the sweeper assumes its job was lost. */
const OVERDUE_GRACE_MS = 2 * 60_000;

const describeError = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * Signed event delivery. Emitting writes one webhook_deliveries row per subscribed endpoint and
 * queues a job per row; the job makes one attempt and, on failure, queues the next one after
 * an exponential backoff. Call `emit` only after the change it reports has committed.
 */
@Injectable()
export class WebhooksService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhooksService.name);
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly repository: WebhooksRepository,
    private readonly queue: QueueService,
    @Inject(webhooksConfig.KEY) private readonly config: ConfigType<typeof webhooksConfig>,
    private readonly appConfig: ConfigService<AllConfig, true>,
  ) {}

  /** Never throws: a webhook problem must not fail the change that caused the event. */
  async emit<T extends WebhookEventType>(type: T, eventId: string, data: WebhookEventData[T]): Promise<void> {
    try {
      const payload = { id: eventId, type, createdAt: new Date().toISOString(), data };
      const ids = await this.repository.insertDeliveries(type, eventId, payload);
      for (const id of ids) {
        await this.enqueue(id, 1, 0);
      }
    } catch (error) {
      this.logger.error(`Webhook event ${type} ${eventId} not recorded: ${describeError(error)}`);
    }
  }

  /** Queue handler: one attempt at one delivery row. */
  async deliver(deliveryId: string): Promise<void> {
    const row = await this.repository.claim(deliveryId, this.config.timeoutMs * 2);
    if (!row) {
      return; // delivered, failed, or another attempt holds it / is due later
    }
    const endpoint = await this.repository.findEndpointForDelivery(row.endpointId);
    if (!endpoint?.enabled) {
      await this.repository.markAttemptFailed(row.id, {
        statusCode: null,
        error: 'the endpoint is disabled',
        retryAt: null,
      });
      return;
    }
    const refused = await refuseWebhookUrl(endpoint.url, this.config.allowPrivateUrls);
    if (refused) {
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
          'x-devcoach-signature': signWebhook(endpoint.secret, timestamp, rawBody),
        },
        body: rawBody,
      });
      statusCode = response.status;
      await response.body?.cancel();
      if (response.ok) {
        await this.repository.markDelivered(row.id, endpoint.id, response.status);
        return;
      }
      await this.fail(row, statusCode, `HTTP ${response.status}`);
    } catch (error) {
      await this.fail(row, statusCode, describeError(error));
    }
  }

  /** Back-office retry of a failed row with a fresh set of attempts; false when not failed. */
  async retry(deliveryId: string): Promise<boolean> {
    if (!(await this.repository.requeue(deliveryId))) {
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
    }
    this.logger.warn(
      `Webhook delivery ${row.id} attempt ${row.attempt}/${this.config.maxAttempts} failed${last ? ' for good' : ''}: ${error}`,
    );
    if (!last) {
      // Timestamped: after a staff retry the attempt numbers repeat, and BullMQ keeps old job ids.
      await this.enqueue(row.id, `a${row.attempt + 1}-${Date.now()}`, delayMs);
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
