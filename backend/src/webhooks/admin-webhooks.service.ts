import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { type AdminListPage, parseAdminListQuery } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { filterEnumList, filterUuid } from 'src/common/admin-list/filter-values';
import { webhooksConfig } from 'src/webhooks/config/webhooks.config';
import type {
  CreatedWebhookEndpointDto,
  CreateWebhookEndpointDto,
  RotatedWebhookSecretDto,
  UpdateWebhookEndpointDto,
  WebhookDeliveryDetailDto,
  WebhookDeliveryDto,
  WebhookEndpointDto,
} from 'src/webhooks/dto/webhook.dto';
import type { WebhookAttemptEntity } from 'src/webhooks/entities/webhook-attempt.entity';
import {
  WEBHOOK_DELIVERY_STATUSES,
  type WebhookDeliveryEntity,
} from 'src/webhooks/entities/webhook-delivery.entity';
import type { WebhookEndpointEntity } from 'src/webhooks/entities/webhook-endpoint.entity';
import { WEBHOOK_TEST_EVENT } from 'src/webhooks/webhook-events';
import { newWebhookSecret } from 'src/webhooks/webhook-signature';
import { refuseWebhookUrl } from 'src/webhooks/webhook-url';
import { WebhookException } from 'src/webhooks/webhooks.exception';
import { WebhooksPublisher } from 'src/webhooks/webhooks.publisher';
import { WebhooksRepository } from 'src/webhooks/webhooks.repository';
import { WebhooksService } from 'src/webhooks/webhooks.service';

const toEndpoint = (row: WebhookEndpointEntity): WebhookEndpointDto => ({
  id: row.id,
  url: row.url,
  events: row.events,
  enabled: row.enabled,
  consecutiveFailures: row.consecutiveFailures,
  disabledAt: row.disabledAt?.toISOString() ?? null,
  previousSecretExpiresAt:
    row.previousSecretExpiresAt && row.previousSecretExpiresAt > new Date()
      ? row.previousSecretExpiresAt.toISOString()
      : null,
  createdAt: row.createdAt.toISOString(),
});

const toDelivery = (row: WebhookDeliveryEntity): WebhookDeliveryDto => ({
  id: row.id,
  endpointId: row.endpointId,
  eventType: row.eventType,
  eventId: row.eventId,
  attempt: row.attempt,
  status: row.status,
  lastStatusCode: row.lastStatusCode,
  lastError: row.lastError,
  nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
  deliveredAt: row.deliveredAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

const toAttempt = (row: WebhookAttemptEntity) => ({
  attempt: row.attempt,
  statusCode: row.statusCode,
  error: row.error,
  durationMs: row.durationMs,
  createdAt: row.createdAt.toISOString(),
});

@Injectable()
export class AdminWebhooksService {
  constructor(
    private readonly repository: WebhooksRepository,
    private readonly webhooks: WebhooksService,
    private readonly publisher: WebhooksPublisher,
    private readonly audit: AuditService,
    @Inject(webhooksConfig.KEY) private readonly config: ConfigType<typeof webhooksConfig>,
  ) {}

  async listEndpoints(query: AdminListQueryDto): Promise<AdminListPage<WebhookEndpointDto>> {
    const params = parseAdminListQuery(query, {
      sortable: ['createdAt'] as const,
      defaultSort: ['createdAt', 'DESC'],
    });
    const [rows, total] = await this.repository.listEndpoints(params.offset, params.limit, params.sortOrder);
    return { items: rows.map(toEndpoint), total, offset: params.offset };
  }

  async createEndpoint(
    dto: CreateWebhookEndpointDto,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<CreatedWebhookEndpointDto> {
    const refused = await refuseWebhookUrl(dto.url, this.config.allowPrivateUrls);
    if (refused) {
      throw WebhookException.urlRefused(refused);
    }
    const secret = newWebhookSecret();
    const row = await this.repository.createEndpoint({
      url: dto.url,
      events: [...new Set(dto.events)],
      secret,
    });
    this.publisher.subscriptionsChanged();
    await this.audit.record({
      action: AuditAction.WebhookEndpointCreated,
      actorId: actor.userId,
      targetType: 'webhook_endpoint',
      targetId: row.id,
      details: { url: row.url, events: row.events },
      meta,
    });
    return { ...toEndpoint(row), secret };
  }

  async getEndpoint(id: string): Promise<WebhookEndpointDto> {
    return toEndpoint(await this.endpointOr404(id));
  }

  async updateEndpoint(
    id: string,
    dto: UpdateWebhookEndpointDto,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<WebhookEndpointDto> {
    await this.endpointOr404(id);
    if (dto.url !== undefined) {
      const refused = await refuseWebhookUrl(dto.url, this.config.allowPrivateUrls);
      if (refused) {
        throw WebhookException.urlRefused(refused);
      }
    }
    const changes = {
      ...(dto.url !== undefined ? { url: dto.url } : {}),
      ...(dto.events !== undefined ? { events: [...new Set(dto.events)] } : {}),
    };
    if (Object.keys(changes).length > 0 && !(await this.repository.updateEndpoint(id, changes))) {
      throw WebhookException.endpointNotFound();
    }
    this.publisher.subscriptionsChanged();
    await this.audit.record({
      action: AuditAction.WebhookEndpointUpdated,
      actorId: actor.userId,
      targetType: 'webhook_endpoint',
      targetId: id,
      details: changes,
      meta,
    });
    return toEndpoint(await this.endpointOr404(id));
  }

  /**
   * A new secret; the old one keeps signing beside it for the overlap window, so the receiver
   * can switch to the new one without rejecting anything meanwhile. Shown once. Audited.
   */
  async rotateSecret(
    id: string,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<RotatedWebhookSecretDto> {
    const secret = newWebhookSecret();
    const until = new Date(Date.now() + this.config.secretOverlapMs);
    if (!(await this.repository.rotateSecret(id, secret, until))) {
      throw WebhookException.endpointNotFound();
    }
    await this.audit.record({
      action: AuditAction.WebhookSecretRotated,
      actorId: actor.userId,
      targetType: 'webhook_endpoint',
      targetId: id,
      details: { previousSecretExpiresAt: until.toISOString() },
      meta,
    });
    return { id, secret, previousSecretExpiresAt: until.toISOString() };
  }

  /** Back in service after an automatic (or any) disabling, failure count cleared. Audited. */
  async enableEndpoint(id: string, actor: AuthPrincipal, meta: ClientMetadata): Promise<WebhookEndpointDto> {
    if (!(await this.repository.enableEndpoint(id))) {
      throw WebhookException.endpointNotFound();
    }
    this.publisher.subscriptionsChanged();
    await this.audit.record({
      action: AuditAction.WebhookEndpointEnabled,
      actorId: actor.userId,
      targetType: 'webhook_endpoint',
      targetId: id,
      meta,
    });
    return toEndpoint(await this.endpointOr404(id));
  }

  /** Sends a `webhook.test` event to this endpoint only, through the normal delivery path. */
  async sendTest(id: string, actor: AuthPrincipal, meta: ClientMetadata): Promise<WebhookDeliveryDto> {
    const endpoint = await this.endpointOr404(id);
    if (!endpoint.enabled) {
      throw WebhookException.endpointDisabled();
    }
    const eventId = randomUUID();
    const payload = {
      id: eventId,
      type: WEBHOOK_TEST_EVENT,
      createdAt: new Date().toISOString(),
      data: { endpointId: id },
    };
    const deliveryId = await this.repository.insertDeliveryFor(id, WEBHOOK_TEST_EVENT, eventId, payload);
    await this.webhooks.enqueueDeliveries([deliveryId]);
    await this.audit.record({
      action: AuditAction.WebhookTestSent,
      actorId: actor.userId,
      targetType: 'webhook_endpoint',
      targetId: id,
      meta,
    });
    const row = await this.repository.findDelivery(deliveryId);
    if (!row) {
      throw WebhookException.deliveryNotFound();
    }
    return toDelivery(row);
  }

  async getDelivery(id: string): Promise<WebhookDeliveryDetailDto> {
    const row = await this.repository.findDelivery(id);
    if (!row) {
      throw WebhookException.deliveryNotFound();
    }
    const attempts = await this.repository.listAttempts(id);
    return { ...toDelivery(row), payload: row.payload, attempts: attempts.map(toAttempt) };
  }

  async deleteEndpoint(id: string, actor: AuthPrincipal, meta: ClientMetadata): Promise<WebhookEndpointDto> {
    const row = await this.repository.findEndpoint(id);
    if (!row || !(await this.repository.deleteEndpoint(id))) {
      throw WebhookException.endpointNotFound();
    }
    this.publisher.subscriptionsChanged();
    await this.audit.record({
      action: AuditAction.WebhookEndpointDeleted,
      actorId: actor.userId,
      targetType: 'webhook_endpoint',
      targetId: id,
      details: { url: row.url },
      meta,
    });
    return toEndpoint(row);
  }

  async listDeliveries(query: AdminListQueryDto): Promise<AdminListPage<WebhookDeliveryDto>> {
    const params = parseAdminListQuery(query, {
      sortable: ['createdAt', 'status', 'eventType'] as const,
      defaultSort: ['createdAt', 'DESC'],
    });
    const [rows, total] = await this.repository.listDeliveries({
      ...params,
      statuses: filterEnumList(params.filter, 'status', WEBHOOK_DELIVERY_STATUSES),
      endpointId: filterUuid(params.filter, 'endpointId'),
    });
    return { items: rows.map(toDelivery), total, offset: params.offset };
  }

  /**
   * Sends a delivery again with a fresh set of attempts: a retry takes failed ones only; a
   * replay (the back office's button) delivered ones too, for a receiver that lost what it got.
   * Audited. Pending ones are already on their way.
   */
  async retryDelivery(
    id: string,
    actor: AuthPrincipal,
    meta: ClientMetadata,
    mode: 'retry' | 'replay' = 'retry',
  ): Promise<WebhookDeliveryDto> {
    const row = await this.repository.findDelivery(id);
    if (!row) {
      throw WebhookException.deliveryNotFound();
    }
    const endpoint = await this.repository.findEndpoint(row.endpointId);
    const from = mode === 'replay' ? (['failed', 'delivered'] as const) : (['failed'] as const);
    if (!endpoint?.enabled || !(await this.webhooks.retry(id, from))) {
      throw mode === 'replay' ? WebhookException.notReplayable() : WebhookException.notRetryable();
    }
    await this.audit.record({
      action: AuditAction.WebhookDeliveryRetried,
      actorId: actor.userId,
      targetType: 'webhook_delivery',
      targetId: id,
      details: { endpointId: row.endpointId, eventType: row.eventType, mode },
      meta,
    });
    const updated = await this.repository.findDelivery(id);
    return toDelivery(updated ?? row);
  }

  private async endpointOr404(id: string): Promise<WebhookEndpointEntity> {
    const row = await this.repository.findEndpoint(id);
    if (!row) {
      throw WebhookException.endpointNotFound();
    }
    return row;
  }
}
