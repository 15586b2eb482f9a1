import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { BreakEntity } from 'src/coaching/entities/break.entity';
import { CoachStateEntity } from 'src/coaching/entities/coach-state.entity';
import { TurnEntity, type TurnInput } from 'src/coaching/entities/turn.entity';
import { UserEntity } from 'src/users/entities/user.entity';
import { WebhooksPublisher } from 'src/webhooks/webhooks.publisher';

export interface NewTurn {
  userId: string;
  input: TurnInput;
  idempotencyKey: string | null;
  requestHash: string | null;
  /** Until when the turn may wait in the queue before it counts as lost. */
  leaseExpiresAt: Date;
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

/** What stands in the way of a new turn, read once under the client's state lock. */
export interface TurnAdmissionCheck {
  /** The turn of this client that already holds the Idempotency-Key. */
  keyed: TurnEntity | null;
  /** This client's queued or streaming turn. */
  running: TurnEntity | null;
  /** The client's open break (a typed message is refused while one is open). */
  openBreak: BreakEntity | null;
  /** The client's long-term memory setting, so the sentinel need not read it after commit. */
  memoryEnabled: boolean;
}

const RUNNING = ['queued', 'streaming'] as const;

/** The error code of a turn whose process died (or lost the database) while it ran. */
export const WORKER_LOST = 'worker_lost';

// Every column of TurnEntity, aliased to its property; node-pg parses the jsonb input and the
// uuid[] of prompt versions and turns timestamptz into Date, as TypeORM's hydration does.
const TURN_COLUMNS = `
  id, user_id AS "userId", status, input, attempt, idempotency_key AS "idempotencyKey",
  request_hash AS "requestHash", model, prompt_version_ids AS "promptVersionIds",
  input_tokens AS "inputTokens", output_tokens AS "outputTokens",
  cached_tokens AS "cachedTokens", reasoning_tokens AS "reasoningTokens",
  latency_ms AS "latencyMs", ttft_ms AS "ttftMs", error_code AS "errorCode",
  lease_owner AS "leaseOwner", lease_expires_at AS "leaseExpiresAt",
  started_at AS "startedAt", finished_at AS "finishedAt",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

const TURN_FOR_UPDATE_SQL = `SELECT ${TURN_COLUMNS} FROM turns WHERE id = $1 FOR UPDATE`;

// Fixed statements on the intake's path, for the same reason: TypeORM's save() rebuilt the
// INSERT and ran its persistence machinery for every turn.
const INSERT_TURN_SQL = `
  INSERT INTO turns (user_id, status, input, idempotency_key, request_hash, prompt_version_ids,
                     lease_expires_at)
  VALUES ($1, 'queued', $2, $3, $4, '{}', $5)
  RETURNING ${TURN_COLUMNS}`;

// Every change of a turn's status is written here, so the turn.completed and turn.failed
// webhooks are published here too, in the transaction that writes the change.
@Injectable()
export class TurnRepository {
  constructor(private readonly webhooks: WebhooksPublisher) {}

  hasRunning(db: EntityManager, userId: string): Promise<boolean> {
    return db.getRepository(TurnEntity).exists({ where: { userId, status: In([...RUNNING]) } });
  }

  /**
   * The running turn, the turn holding `idempotencyKey`, the open break and the client's memory
   * setting, in one statement:
   * at most one row each, as uq_turns_user_running, uq_turns_user_idempotency_key and the one
   * open break guarantee. Call it after locking the client's state row (which must exist): a
   * statement started after the lock sees every turn and break committed before it.
   */
  async admissionCheck(
    db: EntityManager,
    userId: string,
    idempotencyKey: string | null,
  ): Promise<TurnAdmissionCheck> {
    const blocking =
      idempotencyKey === null
        ? 'turn.status IN (:...running)'
        : '(turn.status IN (:...running) OR turn.idempotencyKey = :idempotencyKey)';
    const { entities, raw } = await db
      .getRepository(CoachStateEntity)
      .createQueryBuilder('state')
      .select('state.id')
      .innerJoin(UserEntity, 'owner', 'owner.id = state.userId')
      .addSelect('owner.memoryEnabled', 'owner_memory_enabled')
      .leftJoinAndMapMany(
        'state.blockingTurns',
        TurnEntity,
        'turn',
        `turn.userId = state.userId AND ${blocking}`,
        {
          running: RUNNING,
          idempotencyKey,
        },
      )
      .leftJoinAndMapOne(
        'state.openBreak',
        BreakEntity,
        'open_break',
        'open_break.userId = state.userId AND open_break.endedAt IS NULL',
      )
      .where('state.userId = :userId', { userId })
      .getRawAndEntities<{ owner_memory_enabled: boolean }>();
    const state: (CoachStateEntity & { blockingTurns?: TurnEntity[]; openBreak?: BreakEntity }) | undefined =
      entities[0];
    const rows = state?.blockingTurns ?? [];
    return {
      keyed:
        idempotencyKey === null ? null : (rows.find((row) => row.idempotencyKey === idempotencyKey) ?? null),
      running: rows.find((row) => (RUNNING as readonly string[]).includes(row.status)) ?? null,
      openBreak: state?.openBreak ?? null,
      memoryEnabled: raw[0]?.owner_memory_enabled ?? false,
    };
  }

  findForUser(db: EntityManager, userId: string, id: string): Promise<TurnEntity | null> {
    return db.getRepository(TurnEntity).findOne({ where: { id, userId } });
  }

  /**
   * Row-locked, so a retried job and its stale twin never both finish the turn. Every pass of a
   * coach turn's job runs it: a fixed statement mapped straight onto the entity, as TypeORM's
   * query builder rebuilt the query text and hydrated through its metadata on each call.
   */
  async findForUpdate(db: EntityManager, id: string): Promise<TurnEntity | null> {
    const rows = await db.query<TurnEntity[]>(TURN_FOR_UPDATE_SQL, [id]);
    return rows[0] ? Object.assign(new TurnEntity(), rows[0]) : null;
  }

  findByIdempotencyKey(db: EntityManager, userId: string, key: string): Promise<TurnEntity | null> {
    return db.getRepository(TurnEntity).findOne({ where: { userId, idempotencyKey: key } });
  }

  async insert(db: EntityManager, turn: NewTurn): Promise<TurnEntity> {
    const [row] = await db.query<TurnEntity[]>(INSERT_TURN_SQL, [
      turn.userId,
      JSON.stringify(turn.input),
      turn.idempotencyKey,
      turn.requestHash,
      turn.leaseExpiresAt,
    ]);
    return Object.assign(new TurnEntity(), row);
  }

  /** Answered without the model (a card, the final phase, a break). */
  async markAnswered(db: EntityManager, turn: TurnEntity, at: Date): Promise<void> {
    turn.status = 'done';
    turn.finishedAt = at;
    await db.getRepository(TurnEntity).update({ id: turn.id }, { status: 'done', finishedAt: at });
    await this.webhooks.publish(db, 'turn.completed', { turnId: turn.id, userId: turn.userId });
  }

  /**
   * Moves the turn to streaming (from queued, or a retried streaming job) under `owner`'s lease
   * and returns its client and attempt; null when the turn is finished or gone, so there is
   * nothing to run. A job that finds its turn already streaming is a queue retry: a new attempt.
   */
  async markStreaming(
    db: EntityManager,
    id: string,
    at: Date,
    lease: { owner: string; expiresAt: Date },
  ): Promise<{ userId: string; attempt: number; retried: boolean } | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows] = await db.query<[{ user_id: string; attempt: number; retried: boolean }[], number]>(
      `UPDATE turns AS t
          SET status = 'streaming', started_at = coalesce(t.started_at, $2), lease_owner = $3,
              lease_expires_at = $4, updated_at = now(),
              attempt = CASE WHEN previous.status = 'streaming' THEN t.attempt + 1 ELSE t.attempt END
         FROM (SELECT id, status FROM turns WHERE id = $1 FOR UPDATE) AS previous
        WHERE t.id = previous.id AND previous.status IN ('queued', 'streaming')
        RETURNING t.user_id, t.attempt, previous.status = 'streaming' AS retried`,
      [id, at, lease.owner, lease.expiresAt],
    );
    const row = rows[0];
    return row ? { userId: row.user_id, attempt: row.attempt, retried: row.retried } : null;
  }

  /** Writes what the model turn used; `done` also finishes it. `turn` is updated to match. */
  async recordOutcome(
    db: EntityManager,
    turn: TurnEntity,
    outcome: TurnOutcome,
    done: Date | null,
  ): Promise<void> {
    const changes = { ...outcome, ...(done ? { status: 'done' as const, finishedAt: done } : {}) };
    await db.getRepository(TurnEntity).update({ id: turn.id }, changes);
    Object.assign(turn, changes);
    if (done) {
      await this.webhooks.publish(db, 'turn.completed', { turnId: turn.id, userId: turn.userId });
    }
  }

  async markFailed(db: EntityManager, id: string, errorCode: string, at: Date): Promise<boolean> {
    const result = await db
      .getRepository(TurnEntity)
      .createQueryBuilder()
      .update()
      .set({ status: 'failed', errorCode: errorCode.slice(0, 60), finishedAt: at })
      .where('id = :id AND status IN (:...running)', { id, running: RUNNING })
      .returning('user_id')
      .execute();
    for (const row of result.raw as { user_id: string }[]) {
      await this.webhooks.publish(db, 'turn.failed', { turnId: id, userId: row.user_id, errorCode });
    }
    return (result.affected ?? 0) > 0;
  }

  /** The heartbeat of a running turn; false once the turn is finished or another owner took it. */
  async renewLease(db: EntityManager, id: string, owner: string, expiresAt: Date): Promise<boolean> {
    const result = await db
      .getRepository(TurnEntity)
      .createQueryBuilder()
      .update()
      .set({ leaseExpiresAt: expiresAt })
      .where(`id = :id AND status = 'streaming' AND lease_owner = :owner`, { id, owner })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * Fails as `worker_lost` every running turn whose lease ran out by `now` (only `userId`'s, when
   * given) and returns their ids: nobody will finish them, and they block the client's next turn.
   */
  async failExpired(db: EntityManager, now: Date, userId?: string): Promise<string[]> {
    const query = db
      .getRepository(TurnEntity)
      .createQueryBuilder()
      .update()
      .set({ status: 'failed', errorCode: WORKER_LOST, finishedAt: now })
      .where('status IN (:...running) AND lease_expires_at < :now', { running: RUNNING, now });
    if (userId) {
      query.andWhere('user_id = :userId', { userId });
    }
    const result = await query.returning('id, user_id').execute();
    for (const row of result.raw as { id: string; user_id: string }[]) {
      await this.webhooks.publish(db, 'turn.failed', {
        turnId: row.id,
        userId: row.user_id,
        errorCode: WORKER_LOST,
      });
    }
    return (result.raw as { id: string }[]).map((row) => row.id);
  }

  /** A failed turn the client retries (same Idempotency-Key and body): its next attempt, queued. */
  async requeue(db: EntityManager, turn: TurnEntity, leaseExpiresAt: Date): Promise<void> {
    const changes = {
      status: 'queued' as const,
      attempt: turn.attempt + 1,
      errorCode: null,
      finishedAt: null,
      leaseOwner: null,
      leaseExpiresAt,
    };
    Object.assign(turn, changes);
    await db.getRepository(TurnEntity).update({ id: turn.id }, changes);
  }
}
