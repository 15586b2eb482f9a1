import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import type { AllConfig } from 'src/config/config.types';
import type { WebhookEventData, WebhookEventType } from 'src/webhooks/webhook-events';
import { WebhooksRepository } from 'src/webhooks/webhooks.repository';
import { WebhooksService } from 'src/webhooks/webhooks.service';

/** Where a transaction keeps the ids of the deliveries it wrote, until it commits. */
const PENDING = 'webhookDeliveryIds';
/** With several processes (REDIS_URL), how often each one re-reads who subscribes to what. */
const SUBSCRIPTIONS_REFRESH_MS = 15_000;

/**
 * What features call to announce an event: `publish(db, type, data)` inside the transaction
 * that makes the event true. The delivery rows are written in that transaction (an outbox: a
 * rollback takes them away, a crash after the commit leaves them for the sweeper) and their
 * jobs are queued once it commits.
 *
 * Most events have no subscriber. The types some enabled endpoint wants are cached per process,
 * so an unsubscribed event costs no statement at all (a turn's statements are counted). Changes
 * made in this process update the cache at once; with several processes each re-reads it every
 * 15 s, and until it has read it once, every event is written.
 */
@Injectable()
export class WebhooksPublisher implements EntitySubscriberInterface, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhooksPublisher.name);
  /** null: not known, so write every event (the INSERT … SELECT finds the subscribers). */
  private subscribed: ReadonlySet<string> | null = null;
  private generation = 0;
  private refresher?: NodeJS.Timeout;

  constructor(
    private readonly repository: WebhooksRepository,
    private readonly webhooks: WebhooksService,
    private readonly config: ConfigService<AllConfig, true>,
    @InjectDataSource() dataSource: DataSource,
  ) {
    dataSource.subscribers.push(this);
  }

  /** Writes the event for every subscribed endpoint in `db`'s transaction. */
  async publish<T extends WebhookEventType>(
    db: EntityManager,
    type: T,
    data: WebhookEventData[T],
    eventId: string = randomUUID(),
  ): Promise<void> {
    if (this.subscribed && !this.subscribed.has(type)) {
      return;
    }
    const payload = { id: eventId, type, createdAt: new Date().toISOString(), data };
    const ids = await this.repository.insertDeliveries(type, eventId, payload, db);
    const runner = db.queryRunner;
    if (ids.length === 0) {
      return;
    }
    if (runner?.isTransactionActive) {
      ((runner.data[PENDING] ??= []) as string[]).push(...ids);
      return;
    }
    await this.webhooks.enqueueDeliveries(ids);
  }

  /** Endpoints changed here: forget the cache (every event is written) and read it again. */
  subscriptionsChanged(): void {
    this.generation += 1;
    this.subscribed = null;
    void this.refresh();
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const runner = event.queryRunner;
    // A savepoint released inside the transaction: the rows are not committed yet.
    if (runner.isTransactionActive) {
      return;
    }
    const ids = runner.data[PENDING] as string[] | undefined;
    if (ids?.length) {
      delete runner.data[PENDING];
      await this.webhooks.enqueueDeliveries(ids);
    }
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // Rolled back with the transaction; a rollback to a savepoint may leave queued ids whose
    // rows are gone, which only costs a job that finds nothing to claim.
    if (!event.queryRunner.isTransactionActive) {
      delete event.queryRunner.data[PENDING];
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh();
    if (this.config.get('queue.redisUrl', { infer: true })) {
      this.refresher = setInterval(() => void this.refresh(), SUBSCRIPTIONS_REFRESH_MS);
      this.refresher.unref();
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.refresher);
  }

  private async refresh(): Promise<void> {
    const generation = this.generation;
    try {
      const types = await this.repository.subscribedEventTypes();
      // A change made while this read ran wins: its own refresh is on the way.
      if (generation === this.generation) {
        this.subscribed = new Set(types);
      }
    } catch (error) {
      this.subscribed = null;
      this.logger.warn(
        `Could not read webhook subscriptions; writing every event: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
