import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { IDENTITY_CATEGORIES } from 'src/curriculum/categories';
import { PHASES } from 'src/curriculum/phases';
import { BreakEntity } from 'src/coaching/entities/break.entity';
import { CoachStateEntity } from 'src/coaching/entities/coach-state.entity';
import { IdentityEntity } from 'src/coaching/entities/identity.entity';

declare const lockedBrand: unique symbol;

/**
 * A coach state read under its row lock (`SELECT … FOR UPDATE`) in the caller's transaction.
 * Only this repository hands one out, so code that takes one as a parameter can trust the
 * lock is held and need not read the row again.
 */
export type LockedCoachState = CoachStateEntity & { readonly [lockedBrand]: true };

/** A state with what `GET /coach/state` shows beside it, read in one statement. */
export type CoachStateWithContext = CoachStateEntity & {
  currentIdentity?: IdentityEntity;
  openBreak?: BreakEntity;
};

@Injectable()
export class CoachStateRepository {
  findForUser(db: EntityManager, userId: string): Promise<CoachStateEntity | null> {
    return db.getRepository(CoachStateEntity).findOne({ where: { userId } });
  }

  /**
   * The state, its current identity (if live and the client's own) and the open break, in one
   * round trip: this is the most frequent authenticated read, and three sequential queries on a
   * busy pool were most of its cost.
   */
  findWithContext(db: EntityManager, userId: string): Promise<CoachStateWithContext | null> {
    return db
      .getRepository(CoachStateEntity)
      .createQueryBuilder('state')
      .leftJoinAndMapOne(
        'state.currentIdentity',
        IdentityEntity,
        'identity',
        'identity.id = state.currentIdentityId AND identity.userId = state.userId AND identity.archivedAt IS NULL',
      )
      .leftJoinAndMapOne(
        'state.openBreak',
        BreakEntity,
        'open_break',
        'open_break.userId = state.userId AND open_break.endedAt IS NULL',
      )
      .where('state.userId = :userId', { userId })
      .getOne();
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
