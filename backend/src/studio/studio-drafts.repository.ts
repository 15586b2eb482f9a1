import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, MoreThanOrEqual, Not } from 'typeorm';
import type { ImageErrorCode } from 'src/ai/images/image.types';
import { StudioDraftEntity } from 'src/studio/entities/studio-draft.entity';

export type NewDraft = Pick<
  StudioDraftEntity,
  'userId' | 'identityId' | 'parentId' | 'instruction' | 'idempotencyKey'
>;

export interface ReadyImage {
  imageKey: string;
  thumbnailKey: string;
  width: number;
  height: number;
  model: string;
  demo: boolean;
  llmCallId: string | null;
}

// Drafts of identity pictures. Deleted drafts stay as rows without images (the quota counts
// them); every read for the API leaves them out.
@Injectable()
export class StudioDraftsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** Serialises a client's quota check and insert, so two requests cannot both take the last unit. */
  async lockClient(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('studio:' || $1))`, [userId]);
  }

  /** Drafts since `since` that count against the quota: all but failed ones (deleted included). */
  countCharged(manager: EntityManager | undefined, userId: string, since: Date): Promise<number> {
    return this.db(manager)
      .getRepository(StudioDraftEntity)
      .count({ where: { userId, createdAt: MoreThanOrEqual(since), status: Not('failed' as const) } });
  }

  insert(manager: EntityManager, row: NewDraft): Promise<StudioDraftEntity> {
    const repository = manager.getRepository(StudioDraftEntity);
    return repository.save(repository.create({ ...row, status: 'pending' }));
  }

  findOwned(userId: string, id: string, manager?: EntityManager): Promise<StudioDraftEntity | null> {
    return this.db(manager)
      .getRepository(StudioDraftEntity)
      .findOne({ where: { id, userId, deletedAt: IsNull() } });
  }

  /** The job's and staff's read: any client's live draft. */
  findLive(id: string): Promise<StudioDraftEntity | null> {
    return this.db()
      .getRepository(StudioDraftEntity)
      .findOne({ where: { id, deletedAt: IsNull() } });
  }

  /** Deleted or not: a refine chain reads its ancestors' instructions. */
  findAny(id: string): Promise<StudioDraftEntity | null> {
    return this.db().getRepository(StudioDraftEntity).findOne({ where: { id } });
  }

  findByIdempotencyKey(userId: string, key: string): Promise<StudioDraftEntity | null> {
    return this.db()
      .getRepository(StudioDraftEntity)
      .findOne({ where: { userId, idempotencyKey: key } });
  }

  listForIdentity(userId: string, identityId: string): Promise<StudioDraftEntity[]> {
    return this.db()
      .getRepository(StudioDraftEntity)
      .find({
        where: { userId, identityId, deletedAt: IsNull() },
        order: { createdAt: 'DESC', id: 'DESC' },
      });
  }

  listForUser(userId: string): Promise<StudioDraftEntity[]> {
    return this.db()
      .getRepository(StudioDraftEntity)
      .find({ where: { userId, deletedAt: IsNull() }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** Live drafts per identity (identity id → count). */
  async countByIdentity(userId: string): Promise<Map<string, number>> {
    const rows = await this.db()
      .getRepository(StudioDraftEntity)
      .createQueryBuilder('draft')
      .select('draft.identityId', 'identityId')
      .addSelect('COUNT(*)::int', 'count')
      .where('draft.userId = :userId', { userId })
      .andWhere('draft.deletedAt IS NULL')
      .groupBy('draft.identityId')
      .getRawMany<{ identityId: string; count: number }>();
    return new Map(rows.map((row) => [row.identityId, Number(row.count)]));
  }

  /** Only a pending draft changes: a job that runs twice does not overwrite a finished one. */
  async markReady(id: string, image: ReadyImage): Promise<boolean> {
    const result = await this.db()
      .getRepository(StudioDraftEntity)
      .update({ id, status: 'pending' }, { ...image, status: 'ready', finishedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  async markFailed(id: string, code: ImageErrorCode): Promise<boolean> {
    const result = await this.db()
      .getRepository(StudioDraftEntity)
      .update({ id, status: 'pending' }, { status: 'failed', errorCode: code, finishedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  /**
   * Fails the client's drafts pending for longer than `olderThanMs` (a job lost with an
   * in-process queue when the process stopped): their units come back and nobody waits forever.
   * A job that still runs later finds the draft no longer pending and stores nothing.
   */
  async failStale(userId: string, olderThanMs: number): Promise<void> {
    await this.db()
      .createQueryBuilder()
      .update(StudioDraftEntity)
      .set({ status: 'failed', errorCode: 'image_timeout', finishedAt: () => 'now()' })
      .where('user_id = :userId', { userId })
      .andWhere(`status = 'pending'`)
      .andWhere('created_at < :before', { before: new Date(Date.now() - olderThanMs) })
      .execute();
  }

  async markDeleted(manager: EntityManager, id: string): Promise<void> {
    await manager
      .getRepository(StudioDraftEntity)
      .update({ id }, { deletedAt: new Date(), imageKey: null, thumbnailKey: null });
  }

  /** Every stored object of a client's drafts, deleted drafts' included if any remain. */
  async storageKeysOfUser(manager: EntityManager, userId: string): Promise<string[]> {
    const rows = await manager
      .getRepository(StudioDraftEntity)
      .find({ where: { userId }, select: { id: true, imageKey: true, thumbnailKey: true } });
    return rows.flatMap((row) => [row.imageKey, row.thumbnailKey]).filter((key): key is string => !!key);
  }
}
