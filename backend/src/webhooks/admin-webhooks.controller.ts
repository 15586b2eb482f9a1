import { Body, Controller, HttpCode, HttpStatus, Param, Post, Patch, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import {
  AdminDeleteRoute,
  AdminListRoute,
  AdminShowRoute,
} from 'src/common/admin-list/admin-route.decorator';
import { withContentRange } from 'src/common/admin-list/content-range';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { UserRole } from 'src/common/auth/user-role';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';
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
  @Post()
  @ApiOperation({ operationId: 'createAdminWebhookEndpoint' })
  @ApiCreatedResponse({ type: CreatedWebhookEndpointDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description:
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
    notFound: '`webhook_delivery_not_found`.',
  })
  getAdminWebhookDelivery(@Param() params: UuidParamDto): Promise<WebhookDeliveryDetailDto> {
    return this.webhooks.getDelivery(params.id);
  }

  /** Sends a delivered or failed delivery again (same id and body, fresh attempts). Audited. */
  @Post('deliveries/:id/replay')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'replayAdminWebhookDelivery' })
  @ApiOkResponse({ type: WebhookDeliveryDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`webhook_delivery_not_found`.' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: '`webhook_delivery_not_replayable`: still pending, or its endpoint is disabled or gone.',
  })
  replayAdminWebhookDelivery(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<WebhookDeliveryDto> {
    return this.webhooks.retryDelivery(params.id, principal, meta, 'replay');
  }

  /** Queues a failed delivery again with a fresh set of attempts. Audited. */
  @Post('deliveries/:id/retry')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'retryAdminWebhookDelivery' })
  @ApiOkResponse({ type: WebhookDeliveryDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`webhook_delivery_not_found`.' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: '`webhook_delivery_not_retryable`: not failed, or its endpoint is disabled or gone.',
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
    notFound: '`webhook_endpoint_not_found`.',
  })
  getAdminWebhookEndpoint(@Param() params: UuidParamDto): Promise<WebhookEndpointDto> {
    return this.webhooks.getEndpoint(params.id);
  }

  /** Changes the URL or the events. Audited. */
  @Patch(':id')
  @ApiOperation({ operationId: 'updateAdminWebhookEndpoint' })
  @ApiOkResponse({ type: WebhookEndpointDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: '`validation_failed`, or `webhook_url_refused`.',
  })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`webhook_endpoint_not_found`.' })
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
  @Post(':id/rotate-secret')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'rotateAdminWebhookSecret' })
  @ApiOkResponse({ type: RotatedWebhookSecretDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`webhook_endpoint_not_found`.' })
  rotateAdminWebhookSecret(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<RotatedWebhookSecretDto> {
    return this.webhooks.rotateSecret(params.id, principal, meta);
  }

  /** Turns a disabled receiver back on with its failure count cleared. Audited. */
  @Post(':id/enable')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'enableAdminWebhookEndpoint' })
  @ApiOkResponse({ type: WebhookEndpointDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`webhook_endpoint_not_found`.' })
  enableAdminWebhookEndpoint(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<WebhookEndpointDto> {
    return this.webhooks.enableEndpoint(params.id, principal, meta);
  }

  /** Sends a `webhook.test` event to this receiver only; answers the delivery. Audited. */
  @Post(':id/test')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'testAdminWebhookEndpoint' })
  @ApiOkResponse({ type: WebhookDeliveryDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`webhook_endpoint_not_found`.' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`webhook_endpoint_disabled`.' })
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
    notFound: '`webhook_endpoint_not_found`.',
  })
  deleteAdminWebhookEndpoint(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<WebhookEndpointDto> {
    return this.webhooks.deleteEndpoint(params.id, principal, meta);
  }
}
