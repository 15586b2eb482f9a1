import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { ActionLogEntity } from 'src/coaching/entities/action-log.entity';

export type NewActionLog = Pick<
  ActionLogEntity,
  | 'userId'
  | 'turnId'
  | 'messageId'
  | 'type'
  | 'params'
  | 'status'
  | 'source'
  | 'sequence'
  | 'summary'
  | 'reasonCode'
  | 'reason'
>;

@Injectable()
export class ActionLogRepository {
  /** Inserts the rows in one statement and returns their ids in the same order. */
  async insertMany(db: EntityManager, rows: readonly NewActionLog[]): Promise<string[]> {
    if (!rows.length) {
      return [];
    }
    const result = await db
      .createQueryBuilder()
      .insert()
      .into(ActionLogEntity)
      .values(rows.map((row) => ({ ...row, params: row.params as object })))
      .returning(['id'])
      .execute();
    return result.identifiers.map((identifier) => String(identifier.id));
  }

  /** The logs of a bounded set of messages (recent history), in applied order. */
  listForMessages(
    db: EntityManager,
    userId: string,
    messageIds: readonly string[],
  ): Promise<ActionLogEntity[]> {
    if (!messageIds.length) {
      return Promise.resolve([]);
    }
    return db.getRepository(ActionLogEntity).find({
      where: { userId, messageId: In([...messageIds]) },
      order: { createdAt: 'ASC', sequence: 'ASC' },
    });
  }

  /** A turn's logs in applied order: pass by pass (each its own transaction), then sequence. */
  listForTurn(db: EntityManager, userId: string, turnId: string): Promise<ActionLogEntity[]> {
    return db.getRepository(ActionLogEntity).find({
      where: { userId, turnId },
      order: { createdAt: 'ASC', sequence: 'ASC' },
    });
  }

  async deleteAllForUser(db: EntityManager, userId: string): Promise<void> {
    await db.getRepository(ActionLogEntity).delete({ userId });
  }
}
