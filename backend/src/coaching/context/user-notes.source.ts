import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ContextNote } from 'src/coaching/catalog/prompt-context';

/**
 * The seam to the sentinel's long-term memory (its own issue adds the table). The coaching
 * module reads notes for prompts and erases them on reset only through this.
 */
export interface UserNotesSource {
  listForContext(db: EntityManager, userId: string, limit: number): Promise<ContextNote[]>;
  deleteAllForUser(db: EntityManager, userId: string): Promise<void>;
}

export const USER_NOTES_SOURCE = Symbol('USER_NOTES_SOURCE');

/** Until the sentinel ships: no notes. Replace the USER_NOTES_SOURCE provider with the real one. */
@Injectable()
export class NoUserNotes implements UserNotesSource {
  listForContext(): Promise<ContextNote[]> {
    return Promise.resolve([]);
  }

  deleteAllForUser(): Promise<void> {
    return Promise.resolve();
  }
}
