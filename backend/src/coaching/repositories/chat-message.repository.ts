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

@Injectable()
export class ChatMessageRepository {
  insert(db: EntityManager, message: NewChatMessage): Promise<ChatMessageEntity> {
    const repository = db.getRepository(ChatMessageEntity);
    return repository.save(
      repository.create({
        userId: message.userId,
        role: message.role,
        content: message.content,
        component: message.component ?? null,
        turnId: message.turnId ?? null,
        truncatedFrom: message.truncatedFrom ?? null,
      }),
    );
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
