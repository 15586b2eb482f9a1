import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import type { Session } from 'src/curriculum/sessions';
import { BreakEntity } from 'src/coaching/entities/break.entity';

@Injectable()
export class BreakRepository {
  findOpen(db: EntityManager, userId: string): Promise<BreakEntity | null> {
    return db.getRepository(BreakEntity).findOne({ where: { userId, endedAt: IsNull() } });
  }

  start(db: EntityManager, userId: string, session: Session, at: Date): Promise<BreakEntity> {
    const repository = db.getRepository(BreakEntity);
    return repository.save(repository.create({ userId, session, startedAt: at, endedAt: null }));
  }

  async end(db: EntityManager, open: BreakEntity, at: Date): Promise<void> {
    await db.getRepository(BreakEntity).update({ id: open.id }, { endedAt: at });
    open.endedAt = at;
  }

  async deleteAllForUser(db: EntityManager, userId: string): Promise<void> {
    await db.getRepository(BreakEntity).delete({ userId });
  }
}
