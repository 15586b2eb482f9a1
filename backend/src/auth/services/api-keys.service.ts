import { randomBytes } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import { AuthErrorCode, AuthException } from 'src/auth/auth.exception';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type { ApiKeyResponseDto, CreateApiKeyDto, CreatedApiKeyResponseDto } from 'src/auth/dto/api-key.dto';
import type { ApiKeyEntity } from 'src/auth/entities/api-key.entity';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { roleAtLeast } from 'src/auth/roles';
import { ApiKeysRepository } from 'src/auth/services/api-keys.repository';
import { hashToken } from 'src/auth/services/secret-tokens';
import { type AdminListPage, parseAdminListQuery } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { filterBoolean, filterUuidList } from 'src/common/admin-list/filter-values';
import { UserRole } from 'src/common/auth/user-role';
import { UsersRepository } from 'src/users/users.repository';

const KEY_PREFIX = 'dck_';
const KEY_FORMAT = /^dck_[A-Za-z0-9_-]{43}$/;

const toResponse = (key: ApiKeyEntity): ApiKeyResponseDto => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  scopes: key.scopes,
  createdById: key.createdById,
  lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
  revokedAt: key.revokedAt?.toISOString() ?? null,
  createdAt: key.createdAt.toISOString(),
});

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
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
    });
    await this.audit.record({
      action: AuditAction.ApiKeyCreated,
      actorId: actor.userId,
      targetType: 'api_key',
      targetId: key.id,
      meta,
      details: { name: key.name, scopes: key.scopes },
    });
    return { ...toResponse(key), secret };
  }

  async list(query: AdminListQueryDto): Promise<AdminListPage<ApiKeyResponseDto>> {
    const params = parseAdminListQuery(query, {
      sortable: ['createdAt', 'name', 'lastUsedAt'] as const,
      defaultSort: ['createdAt', 'DESC'],
    });
    const [keys, total] = await this.keys.list({
      ...params,
      ids: filterUuidList(params.filter, 'id'),
      revoked: filterBoolean(params.filter, 'revoked'),
    });
    return { items: keys.map(toResponse), total, offset: params.offset };
  }

  async get(id: string): Promise<ApiKeyResponseDto> {
    const key = await this.keys.findById(id);
    if (!key) {
      throw AuthException.notFound(AuthErrorCode.ApiKeyNotFound, 'API key');
    }
    return toResponse(key);
  }

  async revoke(id: string, actor: AuthPrincipal, meta: ClientMetadata): Promise<ApiKeyResponseDto> {
    const key = await this.keys.findById(id);
    if (!key) {
      throw AuthException.notFound(AuthErrorCode.ApiKeyNotFound, 'API key');
    }
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
   * revoked or when its creator is deactivated or no longer staff.
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
    await this.keys.touch(key.id);
    return {
      userId: key.createdById,
      role: owner.role,
      via: 'api-key',
      scopes: key.scopes,
      apiKeyId: key.id,
    };
  }
}
