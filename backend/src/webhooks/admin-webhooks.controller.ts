import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
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
  WebhookDeliveryDto,
  WebhookEndpointDto,
} from 'src/webhooks/dto/webhook.dto';

const BAD_LIST_QUERY = {
  type: ErrorResponseDto,
  description: '`validation_failed`: bad sort, range or filter.',
};

// Superusers only: an endpoint sends events off the platform, which is a configuration
// decision like the ones in the superuser's other screens, not day-to-day staff work.
@ApiTags('admin: webhooks')
@Auth({ role: UserRole.Superuser })
@Controller('admin/webhooks')
export class AdminWebhooksController {
  constructor(private readonly webhooks: AdminWebhooksService) {}

  /** Registered receivers, newest first. */
  @Get()
  @ApiOperation({ operationId: 'listAdminWebhookEndpoints' })
  @ApiOkResponse({ type: [WebhookEndpointDto], headers: { 'Content-Range': { schema: { type: 'string' } } } })
  @ApiBadRequestResponse(BAD_LIST_QUERY)
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
  @Get('deliveries')
  @ApiOperation({ operationId: 'listAdminWebhookDeliveries' })
  @ApiOkResponse({ type: [WebhookDeliveryDto], headers: { 'Content-Range': { schema: { type: 'string' } } } })
  @ApiBadRequestResponse(BAD_LIST_QUERY)
  async listAdminWebhookDeliveries(
    @Query() query: AdminListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WebhookDeliveryDto[]> {
    return withContentRange(reply, 'webhook-deliveries', await this.webhooks.listDeliveries(query));
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

  /** Removes a receiver and its delivery history. Answers it as it was (react-admin). Audited. */
  @Delete(':id')
  @ApiOperation({ operationId: 'deleteAdminWebhookEndpoint' })
  @ApiOkResponse({ type: WebhookEndpointDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`webhook_endpoint_not_found`.' })
  deleteAdminWebhookEndpoint(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<WebhookEndpointDto> {
    return this.webhooks.deleteEndpoint(params.id, principal, meta);
  }
}
