import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Session } from 'src/curriculum/sessions';
import { SessionVideoEntity, type VideoPlacement } from 'src/coaching/entities/session-video.entity';

@Injectable()
export class SessionVideoRepository {
  listAll(db: EntityManager): Promise<SessionVideoEntity[]> {
    return db.getRepository(SessionVideoEntity).find({ order: { key: 'ASC' } });
  }

  findByKey(db: EntityManager, key: string): Promise<SessionVideoEntity | null> {
    return db.getRepository(SessionVideoEntity).findOne({ where: { key } });
  }

  findFor(db: EntityManager, session: Session, kind: VideoPlacement): Promise<SessionVideoEntity | null> {
    return db.getRepository(SessionVideoEntity).findOne({ where: { session, kind } });
  }
}
