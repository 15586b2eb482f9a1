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
  WebhookDeliveryDto,
  WebhookEndpointDto,
} from 'src/webhooks/dto/webhook.dto';
import {
  WEBHOOK_DELIVERY_STATUSES,
  type WebhookDeliveryEntity,
} from 'src/webhooks/entities/webhook-delivery.entity';
import type { WebhookEndpointEntity } from 'src/webhooks/entities/webhook-endpoint.entity';
import { newWebhookSecret } from 'src/webhooks/webhook-signature';
import { refuseWebhookUrl } from 'src/webhooks/webhook-url';
import { WebhookException } from 'src/webhooks/webhooks.exception';
import { WebhooksRepository } from 'src/webhooks/webhooks.repository';
import { WebhooksService } from 'src/webhooks/webhooks.service';

const toEndpoint = (row: WebhookEndpointEntity): WebhookEndpointDto => ({
  id: row.id,
  url: row.url,
  events: row.events,
  enabled: row.enabled,
  consecutiveFailures: row.consecutiveFailures,
  disabledAt: row.disabledAt?.toISOString() ?? null,
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

@Injectable()
export class AdminWebhooksService {
  constructor(
    private readonly repository: WebhooksRepository,
    private readonly webhooks: WebhooksService,
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

  async deleteEndpoint(id: string, actor: AuthPrincipal, meta: ClientMetadata): Promise<WebhookEndpointDto> {
    const row = await this.repository.findEndpoint(id);
    if (!row || !(await this.repository.deleteEndpoint(id))) {
      throw WebhookException.endpointNotFound();
    }
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

  async retryDelivery(id: string, actor: AuthPrincipal, meta: ClientMetadata): Promise<WebhookDeliveryDto> {
    const row = await this.repository.findDelivery(id);
    if (!row) {
      throw WebhookException.deliveryNotFound();
    }
    const endpoint = await this.repository.findEndpoint(row.endpointId);
    if (!endpoint?.enabled || !(await this.webhooks.retry(id))) {
      throw WebhookException.notRetryable();
    }
    await this.audit.record({
      action: AuditAction.WebhookDeliveryRetried,
      actorId: actor.userId,
      targetType: 'webhook_delivery',
      targetId: id,
      details: { endpointId: row.endpointId, eventType: row.eventType },
      meta,
    });
    const updated = await this.repository.findDelivery(id);
    return toDelivery(updated ?? row);
  }
}
