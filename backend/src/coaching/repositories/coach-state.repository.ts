import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { IDENTITY_CATEGORIES, type IdentityCategory } from 'src/curriculum/categories';
import type { IdentityState } from 'src/curriculum/identity-states';
import { type GetToKnowYouTopic, type Phase, PHASES } from 'src/curriculum/phases';
import type { Session } from 'src/curriculum/sessions';
import { CoachStateEntity, type SafetyHold } from 'src/coaching/entities/coach-state.entity';
import type { IdentityNote } from 'src/coaching/entities/identity.entity';
import {
  STATE_WITH_CONTEXT_SQL,
  STATE_WITH_CONTEXT_STATEMENT,
} from 'src/coaching/repositories/coach-state.sql';

declare const lockedBrand: unique symbol;

/**
 * A coach state read under its row lock (`SELECT … FOR UPDATE`) in the caller's transaction.
 * Only this repository hands one out, so code that takes one as a parameter can trust the
 * lock is held and need not read the row again.
 */
export type LockedCoachState = CoachStateEntity & { readonly [lockedBrand]: true };

/**
 * One row of `STATE_WITH_CONTEXT_SQL`: the state, its current identity (if live and the
 * client's own) and the open break, as `pg` parses them (text[] as arrays, jsonb as values,
 * timestamptz as Dates). The identity and break columns are null when there is none.
 */
export interface CoachStateContextRow {
  current_phase: Phase;
  identity_focus: IdentityCategory;
  skipped_categories: IdentityCategory[];
  who_you_are: string[];
  who_you_want_to_be: string[];
  asked_questions: GetToKnowYouTopic[];
  shown_videos: string[];
  safety_hold: SafetyHold | null;
  updated_at: Date;
  identity_id: string | null;
  identity_user_id: string;
  identity_name: string;
  identity_category: IdentityCategory;
  identity_state: IdentityState;
  identity_notes: IdentityNote[];
  identity_i_am_statement: string | null;
  identity_visualization: string | null;
  identity_sort_order: number;
  identity_parent_id: string | null;
  identity_archived_at: Date | null;
  identity_created_at: Date;
  identity_updated_at: Date;
  break_id: string | null;
  break_session: Session;
  break_started_at: Date;
}

@Injectable()
export class CoachStateRepository {
  findForUser(db: EntityManager, userId: string): Promise<CoachStateEntity | null> {
    return db.getRepository(CoachStateEntity).findOne({ where: { userId } });
  }

  /**
   * The state, its current identity (if live and the client's own) and the open break, in one
   * round trip. Outside a transaction it goes straight to the pool as a prepared statement
   * (parsed and planned once per connection); inside one, through the transaction's connection.
   */
  async findWithContext(db: EntityManager, userId: string): Promise<CoachStateContextRow | null> {
    if (db.queryRunner) {
      const rows = await db.query<CoachStateContextRow[]>(STATE_WITH_CONTEXT_SQL, [userId]);
      return rows[0] ?? null;
    }
    const pool = (db.connection.driver as PostgresDriver).master as Pool;
    const result = await pool.query<CoachStateContextRow>({
      name: STATE_WITH_CONTEXT_STATEMENT,
      text: STATE_WITH_CONTEXT_SQL,
      values: [userId],
    });
    return result.rows[0] ?? null;
  }

  /** Creates the client's state at the start of the curriculum; false when it already existed. */
  async createIfMissing(db: EntityManager, userId: string): Promise<boolean> {
    const rows = await db
      .createQueryBuilder()
      .insert()
      .into(CoachStateEntity)
      .values({
        userId,
        currentPhase: PHASES[0],
        identityFocus: IDENTITY_CATEGORIES[0],
        skippedCategories: [],
        whoYouAre: [],
        whoYouWantToBe: [],
        askedQuestions: [],
        shownVideos: [],
        currentIdentityId: null,
        safetyHold: null,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (rows.raw as unknown[]).length > 0;
  }

  /**
   * The client's state, created if missing and row-locked until the transaction ends: every
   * writer of a client's coaching data takes this lock first, so turns, button presses and
   * edits of one client apply one after another.
   */
  async lockForUser(db: EntityManager, userId: string): Promise<LockedCoachState> {
    const existing = await this.lockIfExists(db, userId);
    if (existing) {
      return existing;
    }
    await this.createIfMissing(db, userId);
    return (await this.selectForUpdate(db, userId).getOneOrFail()) as LockedCoachState;
  }

  /** The client's state row-locked until the transaction ends; null when it does not exist yet. */
  async lockIfExists(db: EntityManager, userId: string): Promise<LockedCoachState | null> {
    return (await this.selectForUpdate(db, userId).getOne()) as LockedCoachState | null;
  }

  async save(db: EntityManager, state: CoachStateEntity): Promise<void> {
    await db.getRepository(CoachStateEntity).update(
      { id: state.id },
      {
        currentPhase: state.currentPhase,
        identityFocus: state.identityFocus,
        skippedCategories: state.skippedCategories,
        whoYouAre: state.whoYouAre,
        whoYouWantToBe: state.whoYouWantToBe,
        askedQuestions: state.askedQuestions,
        currentIdentityId: state.currentIdentityId,
        shownVideos: state.shownVideos,
        safetyHold: state.safetyHold,
      },
    );
  }

  private selectForUpdate(db: EntityManager, userId: string): SelectQueryBuilder<CoachStateEntity> {
    return db
      .getRepository(CoachStateEntity)
      .createQueryBuilder('state')
      .setLock('pessimistic_write')
      .where('state.user_id = :userId', { userId });
  }

  async deleteForUser(db: EntityManager, userId: string): Promise<void> {
    await db.getRepository(CoachStateEntity).delete({ userId });
  }
}
