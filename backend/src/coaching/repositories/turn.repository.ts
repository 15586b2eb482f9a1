import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { TurnEntity } from 'src/coaching/entities/turn.entity';

// The turn pipeline (next) owns most of the turn lifecycle; this holds what the domain core needs.
@Injectable()
export class TurnRepository {
  hasRunning(db: EntityManager, userId: string): Promise<boolean> {
    return db.getRepository(TurnEntity).exists({ where: { userId, status: In(['queued', 'streaming']) } });
  }

  findForUser(db: EntityManager, userId: string, id: string): Promise<TurnEntity | null> {
    return db.getRepository(TurnEntity).findOne({ where: { id, userId } });
  }
}
