import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Component } from 'src/curriculum/component.types';
import { ChatMessageEntity, type ChatRole } from 'src/coaching/entities/chat-message.entity';

export interface NewChatMessage {
  userId: string;
  role: ChatRole;
  content: string;
  component?: Component | null;
  turnId?: string | null;
  /** The model's length when the coach reply was cut to the limit. */
  truncatedFrom?: number | null;
}

// A fixed statement: every turn writes one or two messages, and TypeORM's save() rebuilt the
// INSERT and ran its persistence machinery for each. The jsonb card goes as JSON text (node-pg
// would send a JavaScript array as a PostgreSQL array).
const INSERT_MESSAGE_SQL = `
  INSERT INTO chat_messages (user_id, role, content, component, turn_id, truncated_from)
  VALUES ($1, $2, $3, $4, $5, $6)
  RETURNING id, user_id AS "userId", role, content, component, turn_id AS "turnId",
            truncated_from AS "truncatedFrom", created_at AS "createdAt", updated_at AS "updatedAt"`;

@Injectable()
export class ChatMessageRepository {
  async insert(db: EntityManager, message: NewChatMessage): Promise<ChatMessageEntity> {
    const [row] = await db.query<ChatMessageEntity[]>(INSERT_MESSAGE_SQL, [
      message.userId,
      message.role,
      message.content,
      message.component ? JSON.stringify(message.component) : null,
      message.turnId ?? null,
      message.truncatedFrom ?? null,
    ]);
    return Object.assign(new ChatMessageEntity(), row);
  }

  existsForUser(db: EntityManager, userId: string, id: string): Promise<boolean> {
    return db.getRepository(ChatMessageEntity).exists({ where: { id, userId } });
  }

  /**
   * Up to `limit` messages, newest first, older than the message `beforeId` when given.
   * Keyset on (created_at, id) served by ix_chat_messages_user_created; the anchor is read
   * inside the query so its microsecond timestamp never round-trips through JavaScript.
   */
  pageNewestFirst(
    db: EntityManager,
    userId: string,
    limit: number,
    beforeId: string | null,
  ): Promise<ChatMessageEntity[]> {
    return this.pageQuery(db, userId, limit, beforeId).getMany();
  }

  /** The page query itself; tests EXPLAIN it to prove it stays an index scan. */
  pageQuery(
    db: EntityManager,
    userId: string,
    limit: number,
    beforeId: string | null,
  ): SelectQueryBuilder<ChatMessageEntity> {
    const query = db
      .getRepository(ChatMessageEntity)
      .createQueryBuilder('message')
      .where('message.user_id = :userId', { userId });
    if (beforeId) {
      query.andWhere(
        `(message.created_at, message.id) < (
           SELECT anchor.created_at, anchor.id FROM chat_messages anchor
           WHERE anchor.id = :beforeId AND anchor.user_id = :userId)`,
        { beforeId },
      );
    }
    return query.orderBy('message.created_at', 'DESC').addOrderBy('message.id', 'DESC').limit(limit);
  }

  /** The messages a turn wrote (the client's, then the coach's), in the order written. */
  listForTurn(db: EntityManager, userId: string, turnId: string): Promise<ChatMessageEntity[]> {
    return db.getRepository(ChatMessageEntity).find({
      where: { userId, turnId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** A message with its card, row-locked so one card's button is pressed only once. */
  findForUpdate(db: EntityManager, userId: string, id: string): Promise<ChatMessageEntity | null> {
    return db
      .getRepository(ChatMessageEntity)
      .createQueryBuilder('message')
      .setLock('pessimistic_write')
      .where('message.id = :id AND message.user_id = :userId', { id, userId })
      .getOne();
  }

  async setComponent(db: EntityManager, id: string, component: Component | null): Promise<void> {
    await db.getRepository(ChatMessageEntity).update({ id }, { component });
  }

  async deleteAllForUser(db: EntityManager, userId: string): Promise<void> {
    await db.getRepository(ChatMessageEntity).delete({ userId });
  }
}
