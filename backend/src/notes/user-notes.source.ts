import type { EntityManager } from 'typeorm';
import type { ContextNote } from 'src/curriculum/prompt-context';

/**
 * The seam to the sentinel's long-term memory (`user_notes`, provided by NotesModule).
 * The coaching module reads notes for prompts and erases them on reset only through this.
 */
export interface UserNotesSource {
  listForContext(db: EntityManager, userId: string, limit: number): Promise<ContextNote[]>;
  /**
   * The same read as SQL for one statement of the caller's: a scalar sub-select giving a JSON
   * array of `{ id, text }` (oldest first, at most `limit`) for the user in parameter `userId`.
   */
  contextNotesSql(params: { userId: string; limit: string }): string;
  deleteAllForUser(db: EntityManager, userId: string): Promise<void>;
}

export const USER_NOTES_SOURCE = Symbol('USER_NOTES_SOURCE');
