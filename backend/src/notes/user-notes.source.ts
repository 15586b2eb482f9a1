import type { EntityManager } from 'typeorm';
import type { ContextNote } from 'src/curriculum/prompt-context';

/**
 * The seam to the sentinel's long-term memory (`user_notes`, provided by NotesModule).
 * The coaching module reads notes for prompts and erases them on reset only through this.
 */
export interface UserNotesSource {
  listForContext(db: EntityManager, userId: string, limit: number): Promise<ContextNote[]>;
  deleteAllForUser(db: EntityManager, userId: string): Promise<void>;
}

export const USER_NOTES_SOURCE = Symbol('USER_NOTES_SOURCE');
