import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { TurnEntity, type TurnInput } from 'src/coaching/entities/turn.entity';

export interface NewTurn {
  userId: string;
  input: TurnInput;
  idempotencyKey: string | null;
  requestHash: string | null;
}

/** What a finished model turn records. */
export interface TurnOutcome {
  model: string | null;
  promptVersionIds: string[];
  inputTokens: number;
  outputTokens: number;
  cachedTokens: number;
  reasoningTokens: number;
  latencyMs: number;
  ttftMs: number | null;
}

@Injectable()
export class TurnRepository {
  hasRunning(db: EntityManager, userId: string): Promise<boolean> {
    return db.getRepository(TurnEntity).exists({ where: { userId, status: In(['queued', 'streaming']) } });
  }

  findForUser(db: EntityManager, userId: string, id: string): Promise<TurnEntity | null> {
    return db.getRepository(TurnEntity).findOne({ where: { id, userId } });
  }

  findById(db: EntityManager, id: string): Promise<TurnEntity | null> {
    return db.getRepository(TurnEntity).findOne({ where: { id } });
  }

  /** Row-locked, so a retried job and its stale twin never both finish the turn. */
  findForUpdate(db: EntityManager, id: string): Promise<TurnEntity | null> {
    return db
      .getRepository(TurnEntity)
      .createQueryBuilder('turn')
      .setLock('pessimistic_write')
      .where('turn.id = :id', { id })
      .getOne();
  }

  findByIdempotencyKey(db: EntityManager, userId: string, key: string): Promise<TurnEntity | null> {
    return db.getRepository(TurnEntity).findOne({ where: { userId, idempotencyKey: key } });
  }

  insert(db: EntityManager, turn: NewTurn): Promise<TurnEntity> {
    const repository = db.getRepository(TurnEntity);
    return repository.save(
      repository.create({ ...turn, status: 'queued', model: null, promptVersionIds: [], errorCode: null }),
    );
  }

  /** Answered without the model (a card, the final phase, a break). */
  async markAnswered(db: EntityManager, turn: TurnEntity, at: Date): Promise<void> {
    turn.status = 'done';
    turn.finishedAt = at;
    await db.getRepository(TurnEntity).update({ id: turn.id }, { status: 'done', finishedAt: at });
  }

  /** True when this call moved the turn to streaming (queued, or a retried streaming job). */
  async markStreaming(db: EntityManager, id: string, at: Date): Promise<boolean> {
    const result = await db
      .getRepository(TurnEntity)
      .createQueryBuilder()
      .update()
      .set({ status: 'streaming', startedAt: () => `coalesce(started_at, :at)` })
      .setParameter('at', at)
      .where('id = :id AND status IN (:...running)', { id, running: ['queued', 'streaming'] })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async recordOutcome(db: EntityManager, id: string, outcome: TurnOutcome, done: Date | null): Promise<void> {
    await db
      .getRepository(TurnEntity)
      .update({ id }, { ...outcome, ...(done ? { status: 'done' as const, finishedAt: done } : {}) });
  }

  async markFailed(db: EntityManager, id: string, errorCode: string, at: Date): Promise<boolean> {
    const result = await db
      .getRepository(TurnEntity)
      .createQueryBuilder()
      .update()
      .set({ status: 'failed', errorCode: errorCode.slice(0, 60), finishedAt: at })
      .where('id = :id AND status IN (:...running)', { id, running: ['queued', 'streaming'] })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** A failed turn the client retries (same Idempotency-Key and body): queue it again. */
  async requeue(db: EntityManager, turn: TurnEntity): Promise<void> {
    turn.status = 'queued';
    turn.errorCode = null;
    turn.finishedAt = null;
    await db
      .getRepository(TurnEntity)
      .update({ id: turn.id }, { status: 'queued', errorCode: null, finishedAt: null });
  }
}
