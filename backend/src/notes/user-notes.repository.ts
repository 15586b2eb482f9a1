import { Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull } from 'typeorm';
import type { ContextNote } from 'src/curriculum/prompt-context';
import type { UserNotesSource } from 'src/notes/user-notes.source';
import { UserNoteEntity } from 'src/notes/entities/user-note.entity';
import { UsersRepository } from 'src/users/users.repository';

/**
 * The notes table. Also the coaching module's USER_NOTES_SOURCE: the prompt context reads the
 * live notes (with ids, so the sentinel can name the one it updates) and reset erases them.
 */
@Injectable()
export class UserNotesRepository implements UserNotesSource {
  constructor(private readonly users: UsersRepository) {}

  listForContext(db: EntityManager, userId: string, limit: number): Promise<ContextNote[]> {
    return this.listLive(db, userId, limit).then((notes) =>
      notes.map((note) => ({ id: note.id, text: note.text })),
    );
  }

  contextNotesSql(params: { userId: string; limit: string }): string {
    // Oldest first with a stable tie-break, as listLive; soft-deleted notes are not read.
    return `(SELECT coalesce(json_agg(json_build_object('id', note.id, 'text', note.text)
                 ORDER BY note.created_at, note.id), '[]'::json)
             FROM (SELECT id, text, created_at FROM user_notes
                   WHERE user_id = ${params.userId} AND deleted_at IS NULL
                   ORDER BY created_at, id LIMIT ${params.limit}) note)`;
  }

  async deleteAllForUser(db: EntityManager, userId: string): Promise<void> {
    // Reset erases the client's coaching data for good, soft-deleted notes included.
    await db.getRepository(UserNoteEntity).delete({ userId });
  }

  /** Live notes, oldest first. */
  listLive(db: EntityManager, userId: string, limit?: number): Promise<UserNoteEntity[]> {
    return db.getRepository(UserNoteEntity).find({
      where: { userId, deletedAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
      ...(limit === undefined ? {} : { take: limit }),
    });
  }

  /** A live note of this client, locked for the caller's transaction; null for anyone else's. */
  findLiveForUpdate(db: EntityManager, userId: string, id: string): Promise<UserNoteEntity | null> {
    return db
      .getRepository(UserNoteEntity)
      .createQueryBuilder('note')
      .setLock('pessimistic_write')
      .where('note.id = :id AND note.user_id = :userId AND note.deleted_at IS NULL', { id, userId })
      .getOne();
  }

  insert(db: EntityManager, note: { userId: string; text: string; sourceMessageId: string | null }) {
    const repository = db.getRepository(UserNoteEntity);
    return repository.save(repository.create({ ...note, editedByUser: false }));
  }

  save(db: EntityManager, note: UserNoteEntity): Promise<UserNoteEntity> {
    return db.getRepository(UserNoteEntity).save(note);
  }

  async softDelete(db: EntityManager, id: string): Promise<void> {
    await db.getRepository(UserNoteEntity).softDelete({ id });
  }

  /**
   * Live notes of every client, or of `filter.userId`, one page newest first (or oldest first),
   * for the back office; ix_user_notes_live_created and ix_user_notes_user_live serve it.
   */
  listLivePage(
    db: EntityManager,
    filter: { userId?: string; ids?: string[] },
    page: { offset: number; limit: number; order: 'ASC' | 'DESC' },
  ): Promise<[UserNoteEntity[], number]> {
    return db.getRepository(UserNoteEntity).findAndCount({
      where: {
        deletedAt: IsNull(),
        ...(filter.userId === undefined ? {} : { userId: filter.userId }),
        ...(filter.ids === undefined ? {} : { id: In(filter.ids) }),
      },
      order: { createdAt: page.order, id: page.order },
      skip: page.offset,
      take: page.limit,
    });
  }

  findLive(db: EntityManager, id: string): Promise<UserNoteEntity | null> {
    return db.getRepository(UserNoteEntity).findOne({ where: { id, deletedAt: IsNull() } });
  }

  /** Whether the client lets the coach keep notes (the users module owns the setting). */
  memoryEnabled(userId: string, db?: EntityManager): Promise<boolean> {
    return this.users.isMemoryEnabled(userId, db);
  }
}
