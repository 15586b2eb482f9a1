import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Session } from 'src/curriculum/sessions';
import { SessionVideoEntity, type VideoPlacement } from 'src/coaching/entities/session-video.entity';

export type SessionVideoSortField =
  'key' | 'title' | 'session' | 'durationSeconds' | 'createdAt' | 'updatedAt';

export interface SessionVideoStaffQuery {
  ids?: string[];
  /** Part of the key or title, any case. */
  search?: string;
  sessions?: Session[];
  kinds?: VideoPlacement[];
  sortField: SessionVideoSortField;
  sortOrder: 'ASC' | 'DESC';
  offset: number;
  limit: number;
}

export type SessionVideoFields = Pick<
  SessionVideoEntity,
  'key' | 'session' | 'kind' | 'title' | 'url' | 'durationSeconds' | 'captionsUrl'
>;

@Injectable()
export class SessionVideoRepository {
  listAll(db: EntityManager): Promise<SessionVideoEntity[]> {
    return db.getRepository(SessionVideoEntity).find({ order: { key: 'ASC' } });
  }

  findByKey(db: EntityManager, key: string): Promise<SessionVideoEntity | null> {
    return db.getRepository(SessionVideoEntity).findOne({ where: { key } });
  }

  findById(db: EntityManager, id: string): Promise<SessionVideoEntity | null> {
    return db.getRepository(SessionVideoEntity).findOne({ where: { id } });
  }

  findFor(db: EntityManager, session: Session, kind: VideoPlacement): Promise<SessionVideoEntity | null> {
    return db.getRepository(SessionVideoEntity).findOne({ where: { session, kind } });
  }

  /** The back office's page of the catalogue (a dozen rows, so no index behind the search). */
  listForStaff(db: EntityManager, query: SessionVideoStaffQuery): Promise<[SessionVideoEntity[], number]> {
    const builder = db.getRepository(SessionVideoEntity).createQueryBuilder('video');
    if (query.ids !== undefined) {
      builder.andWhere(query.ids.length === 0 ? 'false' : 'video.id IN (:...ids)', { ids: query.ids });
    }
    if (query.search) {
      // position() instead of LIKE: the words are matched as typed, `%` and `_` included.
      builder.andWhere(`position(lower(:search) in lower(video.key || ' ' || video.title)) > 0`, {
        search: query.search,
      });
    }
    if (query.sessions?.length) {
      builder.andWhere('video.session IN (:...sessions)', { sessions: query.sessions });
    }
    if (query.kinds?.length) {
      builder.andWhere('video.kind IN (:...kinds)', { kinds: query.kinds });
    }
    return builder
      .orderBy(`video.${query.sortField}`, query.sortOrder)
      .addOrderBy('video.id', query.sortOrder)
      .offset(query.offset)
      .limit(query.limit)
      .getManyAndCount();
  }

  create(db: EntityManager, fields: SessionVideoFields): Promise<SessionVideoEntity> {
    const repo = db.getRepository(SessionVideoEntity);
    return repo.save(repo.create(fields));
  }

  async update(db: EntityManager, id: string, fields: Partial<SessionVideoFields>): Promise<void> {
    await db.getRepository(SessionVideoEntity).update({ id }, fields);
  }

  async remove(db: EntityManager, id: string): Promise<void> {
    await db.getRepository(SessionVideoEntity).delete({ id });
  }
}
