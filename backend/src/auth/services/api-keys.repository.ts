import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, type Repository } from 'typeorm';
import { ApiKeyEntity } from 'src/auth/entities/api-key.entity';

export type ApiKeySortField = 'createdAt' | 'name' | 'lastUsedAt';

export interface ApiKeyListQuery {
  offset: number;
  limit: number;
  sortField: ApiKeySortField;
  sortOrder: 'ASC' | 'DESC';
  ids?: string[];
  revoked?: boolean;
}

@Injectable()
export class ApiKeysRepository {
  constructor(@InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>) {}

  create(
    data: Pick<ApiKeyEntity, 'name' | 'prefix' | 'keyHash' | 'scopes' | 'createdById'>,
  ): Promise<ApiKeyEntity> {
    return this.keys.save(this.keys.create(data));
  }

  findById(id: string): Promise<ApiKeyEntity | null> {
    return this.keys.findOne({ where: { id } });
  }

  findActiveByHash(keyHash: string): Promise<ApiKeyEntity | null> {
    return this.keys.findOne({ where: { keyHash, revokedAt: IsNull() } });
  }

  /** At most one write a minute per key: "last used" needs no finer grain than that. */
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
