import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import {
  ApiKeyResponseDto,
  CreateApiKeyDto,
  CreatedApiKeyResponseDto,
  UpdateApiKeyDto,
} from 'src/auth/dto/api-key.dto';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { ApiKeysService } from 'src/auth/services/api-keys.service';
import { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import {
  AdminCreateRoute,
  AdminDeleteRoute,
  AdminListRoute,
  AdminShowRoute,
  AdminUpdateRoute,
} from 'src/common/admin-list/admin-route.decorator';
import { withContentRange } from 'src/common/admin-list/content-range';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';
import { UserRole } from 'src/common/auth/user-role';

@ApiTags('admin: api keys')
@Auth({ role: UserRole.Superuser })
@Controller('admin/api-keys')
export class AdminApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  /**
   * API keys (never their secrets). Filters: status (active, expired, revoked; one or more),
   * revoked, id (list). Sort: createdAt, name, lastUsedAt, expiresAt.
   */
  @AdminListRoute(ApiKeyResponseDto)
  async listApiKeys(
    @Query() query: AdminListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ApiKeyResponseDto[]> {
    return withContentRange(reply, 'api-keys', await this.apiKeys.list(query));
  }

  @AdminShowRoute(ApiKeyResponseDto)
  getApiKey(@Param() params: UuidParamDto): Promise<ApiKeyResponseDto> {
    return this.apiKeys.get(params.id);
  }

  /**
   * Create a key with scopes and, optionally, an expiry and its own rate limit. The secret is in
   * this response only.
   */
  @AdminCreateRoute(CreatedApiKeyResponseDto)
  createApiKey(
    @Body() dto: CreateApiKeyDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<CreatedApiKeyResponseDto> {
    return this.apiKeys.create(dto, principal, meta);
  }

  /**
   * Change a key's name, scopes, expiry (a future date renews an expired key) or rate limit.
   * Absent fields stay; null clears an expiry or a rate limit. Audited.
   */
  @AdminUpdateRoute(ApiKeyResponseDto, { conflict: '`api_key_revoked`: revoked keys stay as they were.' })
  updateApiKey(
    @Param() params: UuidParamDto,
    @Body() dto: UpdateApiKeyDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<ApiKeyResponseDto> {
    return this.apiKeys.update(params.id, dto, principal, meta);
  }

  /** Revoke a key; it stops working at once. Answers with the revoked key (react-admin delete). */
  @AdminDeleteRoute(ApiKeyResponseDto)
  revokeApiKey(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<ApiKeyResponseDto> {
    return this.apiKeys.revoke(params.id, principal, meta);
  }
}
