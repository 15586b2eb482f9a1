import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AdminListParams } from 'src/common/admin-list/admin-list';
import { ActivePromptCache } from 'src/prompts/active-prompt.cache';
import { PromptTemplateEntity } from 'src/prompts/entities/prompt-template.entity';
import { PromptVersionEntity } from 'src/prompts/entities/prompt-version.entity';
import { type PromptKeyParts, promptKey } from 'src/prompts/prompt-keys';

/** A version with its template loaded. */
export type PromptVersionRow = PromptVersionEntity & { template: PromptTemplateEntity };

export const PROMPT_SORT_FIELDS = ['createdAt', 'version', 'key'] as const;
export type PromptSortField = (typeof PROMPT_SORT_FIELDS)[number];

export interface PromptVersionFilter {
  q?: string;
  kind?: string;
  phase?: string;
  category?: string;
  key?: string;
  templateId?: string;
  active?: boolean;
}

export type NewPromptVersion = Pick<
  PromptVersionEntity,
  'body' | 'changeNote' | 'allowedActions' | 'requiredContextKeys' | 'source' | 'seedHash' | 'authorId'
>;

const SORT_COLUMNS: Record<PromptSortField, string> = {
  createdAt: 'version.createdAt',
  version: 'version.version',
  key: 'template.key',
};

@Injectable()
export class PromptsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activeCache: ActivePromptCache,
  ) {}

  /**
   * Runs `work` in one transaction; repository methods below take its manager. Every prompt
   * write goes through here, so the active-version cache is dropped once it commits.
   */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(work);
    await this.activeCache.changed();
    return result;
  }

  /** Serialises seeders across processes for the rest of the transaction. */
  async takeSeedLock(manager: EntityManager, lockId: number): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [lockId]);
  }

  private versions(
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<PromptVersionEntity> {
    return manager
      .getRepository(PromptVersionEntity)
      .createQueryBuilder('version')
      .innerJoinAndSelect('version.template', 'template');
  }

  async findVersionById(id: string): Promise<PromptVersionRow | null> {
    return (await this.versions().where('version.id = :id', { id }).getOne()) as PromptVersionRow | null;
  }

  async findVersionsByIds(ids: string[]): Promise<PromptVersionRow[]> {
    if (ids.length === 0) {
      return [];
    }
    return (await this.versions().where('version.id IN (:...ids)', { ids }).getMany()) as PromptVersionRow[];
  }

  async findActiveVersionsByKeys(keys: string[]): Promise<PromptVersionRow[]> {
    if (keys.length === 0) {
      return [];
    }
    return (await this.versions()
      .where('template.key IN (:...keys)', { keys })
      .andWhere('template.activeVersionId = version.id')
      .getMany()) as PromptVersionRow[];
  }

  /**
   * `findActiveVersionsByKeys` for the coach's turns and images, served from the per-process
   * cache when it holds every key (versions never change; activations drop the cache).
   */
  async findActiveVersionsCached(keys: string[]): Promise<PromptVersionRow[]> {
    const cached = this.activeCache.get(keys);
    if (cached) {
      return [...cached.values()].filter((row): row is PromptVersionRow => row !== null);
    }
    const generation = this.activeCache.begin();
    const rows = await this.findActiveVersionsByKeys(keys);
    this.activeCache.store(keys, rows, generation);
    return rows;
  }

  async listVersions(
    params: AdminListParams<PromptSortField>,
    filter: PromptVersionFilter,
  ): Promise<[PromptVersionRow[], number]> {
    const query = this.versions();
    if (filter.q) {
      const q = `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`;
      query.andWhere(
        new Brackets((where) =>
          where
            .where('version.body ILIKE :q', { q })
            .orWhere('version.changeNote ILIKE :q', { q })
            .orWhere('template.key ILIKE :q', { q }),
        ),
      );
    }
    for (const [field, column] of [
      ['kind', 'template.kind'],
      ['phase', 'template.phase'],
      ['category', 'template.category'],
      ['key', 'template.key'],
      ['templateId', 'template.id'],
    ] as const) {
      const value = filter[field];
      if (value !== undefined) {
        query.andWhere(`${column} = :${field}`, { [field]: value });
      }
    }
    if (filter.active !== undefined) {
      query.andWhere(
        filter.active
          ? 'template.activeVersionId = version.id'
          : 'template.activeVersionId IS DISTINCT FROM version.id',
      );
    }
    const [rows, total] = await query
      .orderBy(SORT_COLUMNS[params.sortField], params.sortOrder)
      // A stable tiebreak so pages never overlap.
      .addOrderBy('version.id', 'ASC')
      .offset(params.offset)
      .limit(params.limit)
      .getManyAndCount();
    return [rows as PromptVersionRow[], total];
  }

  /** Locks the template row so concurrent saves number their versions one after the other. */
  lockTemplate(manager: EntityManager, key: string): Promise<PromptTemplateEntity | null> {
    return manager
      .getRepository(PromptTemplateEntity)
      .createQueryBuilder('template')
      .setLock('pessimistic_write')
      .where('template.key = :key', { key })
      .getOne();
  }

  /** Creates the template if missing (race-safe) and returns it locked. */
  async ensureTemplate(manager: EntityManager, parts: PromptKeyParts): Promise<PromptTemplateEntity> {
    const key = promptKey(parts);
    await manager
      .createQueryBuilder()
      .insert()
      .into(PromptTemplateEntity)
      .values({ key, kind: parts.kind, phase: parts.phase, category: parts.category })
      .orIgnore()
      .execute();
    const template = await this.lockTemplate(manager, key);
    if (!template) {
      throw new Error(`Prompt template ${key} vanished while being created`);
    }
    return template;
  }

  async insertVersion(
    manager: EntityManager,
    template: PromptTemplateEntity,
    fields: NewPromptVersion,
  ): Promise<PromptVersionEntity> {
    const versions = manager.getRepository(PromptVersionEntity);
    const latest = await versions
      .createQueryBuilder('version')
      .select('MAX(version.version)', 'max')
      .where('version.templateId = :templateId', { templateId: template.id })
      .getRawOne<{ max: number | null }>();
    return versions.save(
      versions.create({ ...fields, templateId: template.id, version: (latest?.max ?? 0) + 1 }),
    );
  }

  async setActiveVersion(
    manager: EntityManager,
    templateId: string,
    versionId: string,
    activatedById: string | null,
  ): Promise<void> {
    await manager
      .getRepository(PromptTemplateEntity)
      .update({ id: templateId }, { activeVersionId: versionId, activatedAt: new Date(), activatedById });
  }

  findVersion(manager: EntityManager, versionId: string): Promise<PromptVersionEntity | null> {
    return manager.getRepository(PromptVersionEntity).findOne({ where: { id: versionId } });
  }

  async hasVersionWithSeedHash(
    manager: EntityManager,
    templateId: string,
    seedHash: string,
  ): Promise<boolean> {
    return manager.getRepository(PromptVersionEntity).exists({ where: { templateId, seedHash } });
  }
}
