import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CoachingErrorCode, CoachingException } from 'src/coaching/coaching.exception';
import type { IdentityNote } from 'src/coaching/entities/identity.entity';
import { ChatMessageRepository } from 'src/coaching/repositories/chat-message.repository';
import { CoachStateRepository } from 'src/coaching/repositories/coach-state.repository';
import { IdentityRepository } from 'src/coaching/repositories/identity.repository';
import { CoachingResetService } from 'src/coaching/reset/coaching-reset.service';
import {
  type CoachingSnapshot,
  type LiveIdentityState,
  SNAPSHOT_LIMITS,
} from 'src/coaching/snapshot/coaching-snapshot';
import { IDENTITY_CATEGORIES } from 'src/curriculum/categories';
import { PHASES } from 'src/curriculum/phases';
import { UserNotesRepository } from 'src/notes/user-notes.repository';

/** A client who has not started yet reads as the start of the curriculum. */
const NOT_STARTED: CoachingSnapshot['state'] = {
  phase: PHASES[0],
  identityFocus: IDENTITY_CATEGORIES[0],
  skippedCategories: [],
  whoYouAre: [],
  whoYouWantToBe: [],
  askedQuestions: [],
  shownVideos: [],
  currentIdentity: null,
};

/**
 * Reads a client's coaching data as a `CoachingSnapshot` and puts one back: the back office's
 * test scenarios freeze real clients and instantiate test users with it. Restoring is a reset
 * (the same wipe as `POST /coach/reset`) and the writes in one transaction under the state lock.
 */
@Injectable()
export class CoachingSnapshotService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly states: CoachStateRepository,
    private readonly identities: IdentityRepository,
    private readonly messages: ChatMessageRepository,
    private readonly notes: UserNotesRepository,
    private readonly reset: CoachingResetService,
  ) {}

  capture(userId: string): Promise<CoachingSnapshot> {
    return this.dataSource.transaction('REPEATABLE READ', async (db) => {
      const state = await this.states.findForUser(db, userId);
      const identities = (await this.identities.listLive(db, userId)).slice(0, SNAPSHOT_LIMITS.identities);
      const current = identities.find((identity) => identity.id === state?.currentIdentityId);
      const notes = await this.notes.listLive(db, userId, SNAPSHOT_LIMITS.notes);
      const newestFirst = await this.messages.pageNewestFirst(db, userId, SNAPSHOT_LIMITS.messages, null);
      return {
        state: state
          ? {
              phase: state.currentPhase,
              identityFocus: state.identityFocus,
              skippedCategories: state.skippedCategories,
              whoYouAre: state.whoYouAre,
              whoYouWantToBe: state.whoYouWantToBe,
              askedQuestions: state.askedQuestions,
              shownVideos: state.shownVideos,
              currentIdentity: current?.name ?? null,
            }
          : NOT_STARTED,
        identities: identities.map((identity) => ({
          name: identity.name,
          category: identity.category,
          // listLive returns no archived identity.
          state: identity.state as LiveIdentityState,
          notes: identity.notes.map((note) => note.text),
          iAmStatement: identity.iAmStatement,
          visualization: identity.visualization,
        })),
        notes: notes.map((note) => note.text),
        messages: newestFirst.reverse().map((message) => ({ role: message.role, content: message.content })),
      };
    });
  }

  /** A 400 `invalid_snapshot` when `restore` would refuse it, so a template is checked when saved. */
  check(snapshot: CoachingSnapshot): void {
    assertConsistent(snapshot);
  }

  /** Replaces all of the client's coaching data with the snapshot. Turns (usage) stay. */
  async restore(userId: string, snapshot: CoachingSnapshot): Promise<void> {
    assertConsistent(snapshot);
    const wiped = await this.dataSource.transaction(async (db) => {
      const wipe = await this.reset.wipe(db, userId);
      await this.write(db, userId, snapshot);
      return wipe;
    });
    await this.reset.finish(wiped);
  }

  private async write(db: EntityManager, userId: string, snapshot: CoachingSnapshot): Promise<void> {
    const state = await this.states.lockForUser(db, userId);
    const now = new Date().toISOString();
    let currentIdentityId: string | null = null;
    for (const [order, item] of snapshot.identities.entries()) {
      const notes: IdentityNote[] = item.notes.map((text) => ({ text, createdAt: now, provenance: null }));
      const identity = await this.identities.insert(db, {
        userId,
        name: item.name,
        category: item.category,
        state: item.state,
        notes,
        order,
      });
      if (item.iAmStatement !== null || item.visualization !== null) {
        await this.identities.update(db, identity, {
          iAmStatement: item.iAmStatement,
          visualization: item.visualization,
        });
      }
      if (item.name === snapshot.state.currentIdentity) {
        currentIdentityId = identity.id;
      }
    }
    const {
      phase,
      identityFocus,
      skippedCategories,
      whoYouAre,
      whoYouWantToBe,
      askedQuestions,
      shownVideos,
    } = snapshot.state;
    Object.assign(state, {
      currentPhase: phase,
      identityFocus,
      skippedCategories,
      whoYouAre,
      whoYouWantToBe,
      askedQuestions,
      shownVideos,
      currentIdentityId,
      safetyHold: null,
    });
    await this.states.save(db, state);
    for (const text of snapshot.notes) {
      await this.notes.insert(db, { userId, text, sourceMessageId: null });
    }
    for (const message of snapshot.messages) {
      await this.messages.insert(db, { userId, role: message.role, content: message.content });
    }
  }
}

/** What the shape alone cannot say: names are unique per client and `currentIdentity` is one of them. */
const assertConsistent = (snapshot: CoachingSnapshot): void => {
  const names = snapshot.identities.map((identity) => identity.name.trim().toLowerCase());
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate !== undefined) {
    throw invalidSnapshot('identities', `two identities are named "${duplicate}"`);
  }
  const current = snapshot.state.currentIdentity;
  if (current !== null && !snapshot.identities.some((identity) => identity.name === current)) {
    throw invalidSnapshot('state.currentIdentity', `no identity is named "${current}"`);
  }
};

const invalidSnapshot = (field: string, message: string): CoachingException =>
  new CoachingException(
    CoachingErrorCode.InvalidSnapshot,
    `Invalid scenario: ${message}.`,
    HttpStatus.BAD_REQUEST,
    [{ field, message }],
  );
