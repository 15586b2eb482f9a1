import { randomBytes } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import { AuthErrorCode, AuthException } from 'src/auth/auth.exception';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import {
  API_KEY_STATUSES,
  type ApiKeyResponseDto,
  type ApiKeyStatus,
  type CreateApiKeyDto,
  type CreatedApiKeyResponseDto,
  type UpdateApiKeyDto,
} from 'src/auth/dto/api-key.dto';
import type { ApiKeyEntity } from 'src/auth/entities/api-key.entity';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { roleAtLeast } from 'src/auth/roles';
import { ApiKeysRepository } from 'src/auth/services/api-keys.repository';
import { hashToken } from 'src/auth/services/secret-tokens';
import { type AdminListPage, parseAdminListQuery } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { filterBoolean, filterEnumList, filterUuidList } from 'src/common/admin-list/filter-values';
import { UserRole } from 'src/common/auth/user-role';
import {
  RateLimitCode,
  type RateLimitRule,
  RateLimitService,
} from 'src/common/throttling/rate-limit.service';
import { UsersRepository } from 'src/users/users.repository';

const KEY_PREFIX = 'dck_';
const KEY_FORMAT = /^dck_[A-Za-z0-9_-]{43}$/;
const MINUTE_MS = 60_000;

const statusOf = (key: ApiKeyEntity, now = Date.now()): ApiKeyStatus => {
  if (key.revokedAt) {
    return 'revoked';
  }
  return key.expiresAt && key.expiresAt.getTime() <= now ? 'expired' : 'active';
};

const toResponse = (key: ApiKeyEntity): ApiKeyResponseDto => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  scopes: key.scopes,
  status: statusOf(key),
  expiresAt: key.expiresAt?.toISOString() ?? null,
  rateLimitPerMinute: key.rateLimitPerMinute,
  createdById: key.createdById,
  lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
  revokedAt: key.revokedAt?.toISOString() ?? null,
  createdAt: key.createdAt.toISOString(),
});

// One counter family per key id (ids are not personal data; the service hashes them anyway).
const rateRule = (limit: number): RateLimitRule => ({
  name: 'api-key',
  limit,
  windowSeconds: 60,
  code: RateLimitCode.ApiKeyRateLimited,
  message: `This API key is limited to ${limit} requests a minute. Wait for the time in Retry-After.`,
});

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly rateLimits: RateLimitService,
  ) {}

  async create(
    dto: CreateApiKeyDto,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<CreatedApiKeyResponseDto> {
    const secret = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const key = await this.keys.create({
      name: dto.name.trim(),
      prefix: secret.slice(0, 12),
      keyHash: hashToken(secret),
      scopes: [...new Set(dto.scopes)].sort(),
      createdById: actor.userId,
      expiresAt: dto.expiresAt ?? null,
      rateLimitPerMinute: dto.rateLimitPerMinute ?? null,
    });
    await this.audit.record({
      action: AuditAction.ApiKeyCreated,
      actorId: actor.userId,
      targetType: 'api_key',
      targetId: key.id,
      meta,
      details: {
        name: key.name,
        scopes: key.scopes,
        expiresAt: key.expiresAt?.toISOString() ?? null,
        rateLimitPerMinute: key.rateLimitPerMinute,
      },
    });
    return { ...toResponse(key), secret };
  }

  async list(query: AdminListQueryDto): Promise<AdminListPage<ApiKeyResponseDto>> {
    const params = parseAdminListQuery(query, {
      sortable: ['createdAt', 'name', 'lastUsedAt', 'expiresAt'] as const,
      defaultSort: ['createdAt', 'DESC'],
    });
    const [keys, total] = await this.keys.list({
      ...params,
      ids: filterUuidList(params.filter, 'id'),
      revoked: filterBoolean(params.filter, 'revoked'),
      statuses: filterEnumList(params.filter, 'status', API_KEY_STATUSES),
    });
    return { items: keys.map(toResponse), total, offset: params.offset };
  }

  async get(id: string): Promise<ApiKeyResponseDto> {
    return toResponse(await this.find(id));
  }

  /** Name, scopes, expiry, rate limit; a revoked key cannot be changed (409 `api_key_revoked`). */
  async update(
    id: string,
    dto: UpdateApiKeyDto,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<ApiKeyResponseDto> {
    const before = await this.find(id);
    const changes: Parameters<ApiKeysRepository['updateSettings']>[1] = {
      ...(dto.name !== undefined && { name: dto.name.trim() }),
      ...(dto.scopes !== undefined && { scopes: [...new Set(dto.scopes)].sort() }),
      ...(dto.expiresAt !== undefined && { expiresAt: dto.expiresAt }),
      ...(dto.rateLimitPerMinute !== undefined && { rateLimitPerMinute: dto.rateLimitPerMinute }),
    };
    if (!(await this.keys.updateSettings(id, changes))) {
      throw new AuthException(
        AuthErrorCode.ApiKeyRevoked,
        'This API key is revoked and cannot be changed. Create a new one.',
        HttpStatus.CONFLICT,
      );
    }
    const after = await this.find(id);
    await this.audit.record({
      action: AuditAction.ApiKeyUpdated,
      actorId: actor.userId,
      targetType: 'api_key',
      targetId: id,
      meta,
      details: {
        name: after.name,
        ...(dto.scopes !== undefined && { scopes: { from: before.scopes, to: after.scopes } }),
        ...(dto.expiresAt !== undefined && {
          expiresAt: {
            from: before.expiresAt?.toISOString() ?? null,
            to: after.expiresAt?.toISOString() ?? null,
          },
        }),
        ...(dto.rateLimitPerMinute !== undefined && {
          rateLimitPerMinute: { from: before.rateLimitPerMinute, to: after.rateLimitPerMinute },
        }),
      },
    });
    return toResponse(after);
  }

  async revoke(id: string, actor: AuthPrincipal, meta: ClientMetadata): Promise<ApiKeyResponseDto> {
    const key = await this.find(id);
    if (await this.keys.revoke(id)) {
      await this.audit.record({
        action: AuditAction.ApiKeyRevoked,
        actorId: actor.userId,
        targetType: 'api_key',
        targetId: id,
        meta,
        details: { name: key.name },
      });
    }
    return this.get(id);
  }

  /**
   * A key acts for the superuser who created it, limited to its scopes; it stops working when
   * revoked, when it expires, or when its creator is deactivated or no longer staff. A key with
   * its own rate limit is counted here, across processes when Redis is configured.
   */
  async authenticate(raw: string): Promise<AuthPrincipal> {
    const invalid = new AuthException(
      AuthErrorCode.TokenInvalid,
      'This API key is not valid.',
      HttpStatus.UNAUTHORIZED,
    );
    if (!KEY_FORMAT.test(raw)) {
      throw invalid;
    }
    const key = await this.keys.findActiveByHash(hashToken(raw));
    const owner = key ? await this.users.findAccess(key.createdById) : null;
    if (!key || !owner || !owner.isActive || !roleAtLeast(owner.role, UserRole.Staff)) {
      throw invalid;
    }
    const now = Date.now();
    if (statusOf(key, now) === 'expired') {
      throw AuthException.unauthorized(
        AuthErrorCode.ApiKeyExpired,
        'This API key has expired. Ask a superuser to renew it or to create a new one.',
      );
    }
    if (key.rateLimitPerMinute !== null) {
      await this.rateLimits.consume(rateRule(key.rateLimitPerMinute), key.id);
    }
    // The row we just read says whether "last used" is stale: a key in steady use costs one
    // write a minute, not one per request.
    if (!key.lastUsedAt || now - key.lastUsedAt.getTime() >= MINUTE_MS) {
      await this.keys.touch(key.id);
    }
    return {
      userId: key.createdById,
      role: owner.role,
      via: 'api-key',
      scopes: key.scopes,
      apiKeyId: key.id,
    };
  }

  private async find(id: string): Promise<ApiKeyEntity> {
    const key = await this.keys.findById(id);
    if (!key) {
      throw AuthException.notFound(AuthErrorCode.ApiKeyNotFound, 'API key');
    }
    return key;
  }
}
