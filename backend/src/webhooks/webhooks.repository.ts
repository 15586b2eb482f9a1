import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { WebhookAttemptEntity } from 'src/webhooks/entities/webhook-attempt.entity';
import { WebhookDeliveryEntity } from 'src/webhooks/entities/webhook-delivery.entity';
import { WebhookEndpointEntity } from 'src/webhooks/entities/webhook-endpoint.entity';

export interface DeliveryListQuery {
  offset: number;
  limit: number;
  sortField: 'createdAt' | 'status' | 'eventType';
  sortOrder: 'ASC' | 'DESC';
  statuses?: string[];
  endpointId?: string;
}

@Injectable()
export class WebhooksRepository {
  constructor(
    @InjectRepository(WebhookEndpointEntity) private readonly endpoints: Repository<WebhookEndpointEntity>,
    @InjectRepository(WebhookDeliveryEntity) private readonly deliveries: Repository<WebhookDeliveryEntity>,
    @InjectRepository(WebhookAttemptEntity) private readonly attempts: Repository<WebhookAttemptEntity>,
  ) {}

  createEndpoint(
    row: Pick<WebhookEndpointEntity, 'url' | 'events' | 'secret'>,
  ): Promise<WebhookEndpointEntity> {
    return this.endpoints.save(this.endpoints.create(row));
  }

  findEndpoint(id: string): Promise<WebhookEndpointEntity | null> {
    return this.endpoints.findOne({ where: { id } });
  }

  /** With the secrets, which are not selected otherwise. */
  findEndpointForDelivery(id: string): Promise<WebhookEndpointEntity | null> {
    return this.endpoints
      .createQueryBuilder('endpoint')
      .addSelect(['endpoint.secret', 'endpoint.previousSecret'])
      .where('endpoint.id = :id', { id })
      .getOne();
  }

  async updateEndpoint(id: string, changes: { url?: string; events?: string[] }): Promise<boolean> {
    return ((await this.endpoints.update({ id }, changes)).affected ?? 0) > 0;
  }

  /** The current secret keeps signing until `previousExpiresAt`, beside the new one. */
  async rotateSecret(id: string, secret: string, previousExpiresAt: Date): Promise<boolean> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows] = await this.endpoints.query<[unknown[], number]>(
      `UPDATE webhook_endpoints
          SET previous_secret = secret, previous_secret_expires_at = $3, secret = $2, updated_at = now()
        WHERE id = $1
        RETURNING id`,
      [id, secret, previousExpiresAt],
    );
    return rows.length > 0;
  }

  /** Back in service with a clean failure count; false when it is gone. */
  async enableEndpoint(id: string): Promise<boolean> {
    const result = await this.endpoints.update(
      { id },
      { enabled: true, consecutiveFailures: 0, disabledAt: null },
    );
    return (result.affected ?? 0) > 0;
  }

  /** The event types some enabled endpoint subscribes to (the publisher's cache). */
  async subscribedEventTypes(): Promise<string[]> {
    const rows = await this.endpoints.query<{ type: string }[]>(
      `SELECT DISTINCT unnest(events) AS type FROM webhook_endpoints WHERE enabled`,
    );
    return rows.map((row) => row.type);
  }

  async deleteEndpoint(id: string): Promise<boolean> {
    return ((await this.endpoints.delete({ id })).affected ?? 0) > 0;
  }

  listEndpoints(
    offset: number,
    limit: number,
    sortOrder: 'ASC' | 'DESC',
  ): Promise<[WebhookEndpointEntity[], number]> {
    return this.endpoints.findAndCount({
      order: { createdAt: sortOrder, id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  /**
   * One pending row per enabled endpoint subscribed to the event. The unique key
   * (endpoint, type, event id) makes a repeated emit a no-op; resolves to the new rows' ids.
   */
  async insertDeliveries(
    eventType: string,
    eventId: string,
    payload: Record<string, unknown>,
    db: EntityManager = this.deliveries.manager,
  ): Promise<string[]> {
    const rows = await db.query<{ id: string }[]>(
      `INSERT INTO webhook_deliveries (endpoint_id, event_type, event_id, payload, next_attempt_at)
       SELECT id, $1::varchar, $2::uuid, $3::jsonb, now() FROM webhook_endpoints WHERE enabled AND $1::text = ANY(events)
       ON CONFLICT (endpoint_id, event_type, event_id) DO NOTHING
       RETURNING id`,
      [eventType, eventId, JSON.stringify(payload)],
    );
    return rows.map((row) => row.id);
  }

  /** One delivery to one endpoint whatever it subscribes to ("Send test"). */
  async insertDeliveryFor(
    endpointId: string,
    eventType: string,
    eventId: string,
    payload: Record<string, unknown>,
  ): Promise<string> {
    const row = await this.deliveries.save(
      this.deliveries.create({ endpointId, eventType, eventId, payload, nextAttemptAt: new Date() }),
    );
    return row.id;
  }

  findDelivery(id: string): Promise<WebhookDeliveryEntity | null> {
    return this.deliveries.findOne({ where: { id } });
  }

  /**
   * Takes a pending row for one attempt. The conditional UPDATE is the idempotency guard (as in
   * the email outbox): a duplicate job, or one early for its backoff, gets nothing. The lease
   * in next_attempt_at keeps a second worker off a row whose attempt is still running.
   */
  async claim(id: string, leaseMs: number): Promise<WebhookDeliveryEntity | undefined> {
    const result = await this.deliveries
      .createQueryBuilder()
      .update()
      .set({
        attempt: () => 'attempt + 1',
        nextAttemptAt: () => `now() + make_interval(secs => ${Math.ceil(leaseMs / 1000)})`,
      })
      .where('id = :id', { id })
      .andWhere(`status = 'pending'`)
      // A second of slack: the queue's delay and the database clock are not the same timer.
      .andWhere(`next_attempt_at <= now() + interval '1 second'`)
      .execute();
    if ((result.affected ?? 0) === 0) {
      return undefined;
    }
    return (await this.findDelivery(id)) ?? undefined;
  }

  async markDelivered(id: string, endpointId: string, statusCode: number): Promise<void> {
    await this.deliveries.update(
      { id, status: 'pending' },
      {
        status: 'delivered',
        lastStatusCode: statusCode,
        lastError: null,
        deliveredAt: new Date(),
        nextAttemptAt: null,
      },
    );
    await this.endpoints.update({ id: endpointId }, { consecutiveFailures: 0 });
  }

  /** Records a failed attempt; `retryAt` null means no more attempts (the row is failed). */
  async markAttemptFailed(
    id: string,
    outcome: { statusCode: number | null; error: string; retryAt: Date | null },
  ): Promise<void> {
    await this.deliveries.update(
      { id, status: 'pending' },
      {
        status: outcome.retryAt ? 'pending' : 'failed',
        lastStatusCode: outcome.statusCode,
        lastError: outcome.error.slice(0, 1000),
        nextAttemptAt: outcome.retryAt,
      },
    );
  }

  /**
   * Counts a failed attempt against the endpoint and disables it at the limit. True only for
   * the attempt that disabled it, so the staff email goes out once however many attempts race.
   */
  async countEndpointFailure(endpointId: string, limit: number): Promise<boolean> {
    const [rows] = await this.endpoints.query<[{ disabled_now: boolean }[], number]>(
      `UPDATE webhook_endpoints AS e
         SET consecutive_failures = e.consecutive_failures + 1,
             enabled = e.enabled AND e.consecutive_failures + 1 < $2,
             disabled_at = CASE WHEN e.enabled AND e.consecutive_failures + 1 >= $2 THEN now() ELSE e.disabled_at END
        FROM (SELECT id, enabled FROM webhook_endpoints WHERE id = $1 FOR UPDATE) AS before
       WHERE e.id = before.id
       RETURNING before.enabled AND NOT e.enabled AS disabled_now`,
      [endpointId, limit],
    );
    return rows[0]?.disabled_now === true;
  }

  /**
   * A finished row back to pending with a fresh set of attempts; false when it is in none of
   * `from` (a retry takes failed rows; a replay delivered ones too).
   */
  async requeue(id: string, from: readonly ('failed' | 'delivered')[] = ['failed']): Promise<boolean> {
    const result = await this.deliveries
      .createQueryBuilder()
      .update()
      .set({ status: 'pending', attempt: 0, deliveredAt: null, nextAttemptAt: () => 'now()' })
      .where('id = :id AND status IN (:...from)', { id, from })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async recordAttempt(
    row: Pick<
      WebhookAttemptEntity,
      'deliveryId' | 'endpointId' | 'attempt' | 'statusCode' | 'error' | 'durationMs'
    >,
  ): Promise<void> {
    await this.attempts.insert(row);
  }

  /** Every attempt at one delivery, oldest first. */
  listAttempts(deliveryId: string): Promise<WebhookAttemptEntity[]> {
    return this.attempts.find({ where: { deliveryId }, order: { createdAt: 'ASC', attempt: 'ASC' } });
  }

  /** Pending rows overdue by more than `graceMs`: their job was lost (a restart, Redis down). */
  async findOverdue(graceMs: number, limit: number): Promise<string[]> {
    const rows = await this.deliveries
      .createQueryBuilder('delivery')
      .select('delivery.id', 'id')
      .where(`delivery.status = 'pending'`)
      .andWhere('delivery.next_attempt_at < :before', { before: new Date(Date.now() - graceMs) })
      .orderBy('delivery.next_attempt_at', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  listDeliveries(query: DeliveryListQuery): Promise<[WebhookDeliveryEntity[], number]> {
    const builder = this.deliveries.createQueryBuilder('delivery');
    if (query.statuses?.length) {
      builder.andWhere({ status: In(query.statuses) });
    }
    if (query.endpointId) {
      builder.andWhere('delivery.endpoint_id = :endpointId', { endpointId: query.endpointId });
    }
    return builder
      .orderBy(`delivery.${query.sortField}`, query.sortOrder)
      .addOrderBy('delivery.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
  }
}
