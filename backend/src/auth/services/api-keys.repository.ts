import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, type Repository } from 'typeorm';
import type { ApiKeyStatus } from 'src/auth/dto/api-key.dto';
import { ApiKeyEntity } from 'src/auth/entities/api-key.entity';

export type ApiKeySortField = 'createdAt' | 'name' | 'lastUsedAt' | 'expiresAt';

export interface ApiKeyListQuery {
  offset: number;
  limit: number;
  sortField: ApiKeySortField;
  sortOrder: 'ASC' | 'DESC';
  ids?: string[];
  revoked?: boolean;
  statuses?: ApiKeyStatus[];
}

// Same rule as the response's `status`: revoked first, then expired, else active.
const STATUS_SQL: Record<ApiKeyStatus, string> = {
  revoked: 'key.revoked_at IS NOT NULL',
  expired: 'key.revoked_at IS NULL AND key.expires_at <= now()',
  active: 'key.revoked_at IS NULL AND (key.expires_at IS NULL OR key.expires_at > now())',
};

@Injectable()
export class ApiKeysRepository {
  constructor(@InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>) {}

  create(
    data: Pick<
      ApiKeyEntity,
      'name' | 'prefix' | 'keyHash' | 'scopes' | 'createdById' | 'expiresAt' | 'rateLimitPerMinute'
    >,
  ): Promise<ApiKeyEntity> {
    return this.keys.save(this.keys.create(data));
  }

  /** Changes the settings of a key that is not revoked; false when it is (or is gone). */
  async updateSettings(
    id: string,
    changes: Partial<Pick<ApiKeyEntity, 'name' | 'scopes' | 'expiresAt' | 'rateLimitPerMinute'>>,
  ): Promise<boolean> {
    if (Object.keys(changes).length === 0) {
      return (await this.keys.count({ where: { id, revokedAt: IsNull() } })) > 0;
    }
    const result = await this.keys.update({ id, revokedAt: IsNull() }, changes);
    return (result.affected ?? 0) > 0;
  }

  findById(id: string): Promise<ApiKeyEntity | null> {
    return this.keys.findOne({ where: { id } });
  }

  findActiveByHash(keyHash: string): Promise<ApiKeyEntity | null> {
    return this.keys.findOne({ where: { keyHash, revokedAt: IsNull() } });
  }

  /**
   * Records use, at most one write a minute per key: "last used" needs no finer grain, and a
   * busy key must not turn every request into a row update. The caller skips the call when the
   * loaded row is fresh; this condition settles races between processes.
   */
  async touch(id: string): Promise<void> {
    await this.keys
      .createQueryBuilder()
      .update()
      .set({ lastUsedAt: () => 'now()' })
      .where('id = :id', { id })
      .andWhere(`(last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`)
      .execute();
  }

  async revoke(id: string): Promise<boolean> {
    const result = await this.keys.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  list(query: ApiKeyListQuery): Promise<[ApiKeyEntity[], number]> {
    const builder = this.keys.createQueryBuilder('key');
    if (query.ids) {
      builder.andWhere({ id: In(query.ids.length ? query.ids : ['00000000-0000-0000-0000-000000000000']) });
    }
    if (query.revoked !== undefined) {
      builder.andWhere(query.revoked ? 'key.revoked_at IS NOT NULL' : 'key.revoked_at IS NULL');
    }
    if (query.statuses) {
      builder.andWhere(`(${query.statuses.map((status) => `(${STATUS_SQL[status]})`).join(' OR ')})`);
    }
    return builder
      .orderBy(
        `key.${query.sortField}`,
        query.sortOrder,
        query.sortOrder === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST',
      )
      .addOrderBy('key.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
  }
}
