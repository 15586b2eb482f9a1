import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import {
  AdminActionRoute,
  AdminCreateRoute,
  AdminDeleteRoute,
  AdminListRoute,
  AdminShowRoute,
  AdminUpdateRoute,
} from 'src/common/admin-list/admin-route.decorator';
import { withContentRange } from 'src/common/admin-list/content-range';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { UserRole } from 'src/common/auth/user-role';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';
import { AdminWebhooksService } from 'src/webhooks/admin-webhooks.service';
import {
  CreatedWebhookEndpointDto,
  CreateWebhookEndpointDto,
  RotatedWebhookSecretDto,
  UpdateWebhookEndpointDto,
  WebhookDeliveryDetailDto,
  WebhookDeliveryDto,
  WebhookEndpointDto,
} from 'src/webhooks/dto/webhook.dto';

const ENDPOINT_NOT_FOUND = '`webhook_endpoint_not_found`.';
const DELIVERY_NOT_FOUND = '`webhook_delivery_not_found`.';

// Superusers only (or an API key with `webhooks:write`, for an integrator that registers its own
// receivers): an endpoint sends events off the platform, which is a configuration decision like
// the ones in the superuser's other screens, not day-to-day staff work.
@ApiTags('admin: webhooks')
@Auth({ role: UserRole.Superuser, scopes: ['webhooks:write'] })
@Controller('admin/webhooks')
export class AdminWebhooksController {
  constructor(private readonly webhooks: AdminWebhooksService) {}

  /** Registered receivers, newest first. */
  @AdminListRoute(WebhookEndpointDto, { operationId: 'listAdminWebhookEndpoints', badRequest: true })
  async listAdminWebhookEndpoints(
    @Query() query: AdminListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WebhookEndpointDto[]> {
    return withContentRange(reply, 'webhooks', await this.webhooks.listEndpoints(query));
  }

  /** Registers a receiver; the response holds its signing secret, shown this once. Audited. */
  @AdminCreateRoute(CreatedWebhookEndpointDto, {
    operationId: 'createAdminWebhookEndpoint',
    badRequest:
      '`validation_failed`, or `webhook_url_refused`: not http(s), or a private address in production.',
  })
  createAdminWebhookEndpoint(
    @Body() dto: CreateWebhookEndpointDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<CreatedWebhookEndpointDto> {
    return this.webhooks.createEndpoint(dto, principal, meta);
  }

  /** Deliveries, newest first. Filters: status, endpointId. */
  @AdminListRoute(WebhookDeliveryDto, {
    path: 'deliveries',
    operationId: 'listAdminWebhookDeliveries',
    badRequest: true,
  })
  async listAdminWebhookDeliveries(
    @Query() query: AdminListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WebhookDeliveryDto[]> {
    return withContentRange(reply, 'webhook-deliveries', await this.webhooks.listDeliveries(query));
  }

  /** One delivery with the body sent and every attempt (status code, error, duration, time). */
  @AdminShowRoute(WebhookDeliveryDetailDto, {
    path: 'deliveries/:id',
    operationId: 'getAdminWebhookDelivery',
    notFound: DELIVERY_NOT_FOUND,
  })
  getAdminWebhookDelivery(@Param() params: UuidParamDto): Promise<WebhookDeliveryDetailDto> {
    return this.webhooks.getDelivery(params.id);
  }

  /** Sends a delivered or failed delivery again (same id and body, fresh attempts). Audited. */
  @AdminActionRoute('deliveries/:id/replay', WebhookDeliveryDto, {
    operationId: 'replayAdminWebhookDelivery',
    notFound: DELIVERY_NOT_FOUND,
    conflict: '`webhook_delivery_not_replayable`: still pending, or its endpoint is disabled or gone.',
  })
  replayAdminWebhookDelivery(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<WebhookDeliveryDto> {
    return this.webhooks.retryDelivery(params.id, principal, meta, 'replay');
  }

  /** Queues a failed delivery again with a fresh set of attempts. Audited. */
  @AdminActionRoute('deliveries/:id/retry', WebhookDeliveryDto, {
    operationId: 'retryAdminWebhookDelivery',
    notFound: DELIVERY_NOT_FOUND,
    conflict: '`webhook_delivery_not_retryable`: not failed, or its endpoint is disabled or gone.',
  })
  retryAdminWebhookDelivery(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<WebhookDeliveryDto> {
    return this.webhooks.retryDelivery(params.id, principal, meta);
  }

  /** One receiver. */
  @AdminShowRoute(WebhookEndpointDto, {
    operationId: 'getAdminWebhookEndpoint',
    notFound: ENDPOINT_NOT_FOUND,
  })
  getAdminWebhookEndpoint(@Param() params: UuidParamDto): Promise<WebhookEndpointDto> {
    return this.webhooks.getEndpoint(params.id);
  }

  /** Changes the URL or the events. Audited. */
  @AdminUpdateRoute(WebhookEndpointDto, {
    operationId: 'updateAdminWebhookEndpoint',
    badRequest: '`validation_failed`, or `webhook_url_refused`.',
    notFound: ENDPOINT_NOT_FOUND,
  })
  updateAdminWebhookEndpoint(
    @Param() params: UuidParamDto,
    @Body() dto: UpdateWebhookEndpointDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<WebhookEndpointDto> {
    return this.webhooks.updateEndpoint(params.id, dto, principal, meta);
  }

  /**
   * A new signing secret, shown this once. The old one keeps signing beside it for
   * WEBHOOK_SECRET_OVERLAP_HOURS (two `v1=` signatures), so the receiver can switch. Audited.
   */
  @AdminActionRoute(':id/rotate-secret', RotatedWebhookSecretDto, {
    operationId: 'rotateAdminWebhookSecret',
    notFound: ENDPOINT_NOT_FOUND,
  })
  rotateAdminWebhookSecret(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<RotatedWebhookSecretDto> {
    return this.webhooks.rotateSecret(params.id, principal, meta);
  }

  /** Turns a disabled receiver back on with its failure count cleared. Audited. */
  @AdminActionRoute(':id/enable', WebhookEndpointDto, {
    operationId: 'enableAdminWebhookEndpoint',
    notFound: ENDPOINT_NOT_FOUND,
  })
  enableAdminWebhookEndpoint(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<WebhookEndpointDto> {
    return this.webhooks.enableEndpoint(params.id, principal, meta);
  }

  /** Sends a `webhook.test` event to this receiver only; answers the delivery. Audited. */
  @AdminActionRoute(':id/test', WebhookDeliveryDto, {
    operationId: 'testAdminWebhookEndpoint',
    notFound: ENDPOINT_NOT_FOUND,
    conflict: '`webhook_endpoint_disabled`.',
  })
  testAdminWebhookEndpoint(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<WebhookDeliveryDto> {
    return this.webhooks.sendTest(params.id, principal, meta);
  }

  /** Removes a receiver and its delivery history. Answers it as it was (react-admin). Audited. */
  @AdminDeleteRoute(WebhookEndpointDto, {
    operationId: 'deleteAdminWebhookEndpoint',
    notFound: ENDPOINT_NOT_FOUND,
  })
  deleteAdminWebhookEndpoint(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<WebhookEndpointDto> {
    return this.webhooks.deleteEndpoint(params.id, principal, meta);
  }
}
