import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type IdentityCategory, isIdentityCategory } from 'src/curriculum/categories';
import { ACTION_LIMITS, isUuid, normaliseName } from 'src/coaching/actions/action-shape.validator';
import { CoachingException } from 'src/coaching/coaching.exception';
import type { CoachStateEntity } from 'src/coaching/entities/coach-state.entity';
import type { IdentityEntity, IdentityNote } from 'src/coaching/entities/identity.entity';
import { type IdentityView, toIdentityView } from 'src/coaching/identities/identity.view';
import { initialIdentityState, nameKey } from 'src/coaching/identities/identity-rules';
import { CoachStateRepository } from 'src/coaching/repositories/coach-state.repository';
import { IdentityRepository, type IdentityPatch } from 'src/coaching/repositories/identity.repository';
import { phaseTarget, pickCurrentIdentity } from 'src/coaching/state/current-identity';

export interface CreateIdentityInput {
  name: string;
  category: IdentityCategory;
  note?: string | null;
}

export interface UpdateIdentityInput {
  name?: string;
  category?: IdentityCategory;
  /** Replaces the notes; texts that were already there keep their date and provenance. */
  notes?: string[];
  iAmStatement?: string | null;
}

const checkedName = (value: string): string => {
  const name = normaliseName(value);
  if (!name || name.length > ACTION_LIMITS.nameLength) {
    throw CoachingException.invalidIdentity(
      'name',
      `Name must be 1 to ${ACTION_LIMITS.nameLength} characters.`,
    );
  }
  return name;
};

const checkedText = (field: string, value: string, max: number): string => {
  const text = value.trim();
  if (!text || text.length > max) {
    throw CoachingException.invalidIdentity(field, `${field} must be 1 to ${max} characters.`);
  }
  return text;
};

const checkedCategory = (value: unknown): IdentityCategory => {
  if (!isIdentityCategory(value)) {
    throw CoachingException.invalidIdentity('category', 'Unknown category.');
  }
  return value;
};

/** New note texts, reusing the stored note (date, provenance) for texts that did not change. */
const mergeNotes = (
  existing: readonly IdentityNote[],
  texts: readonly string[],
  now: Date,
): IdentityNote[] => {
  const unused = [...existing];
  return texts.map((raw, index) => {
    const text = checkedText(`notes[${index}]`, raw, ACTION_LIMITS.noteLength);
    const kept = unused.findIndex((note) => note.text === text);
    return kept >= 0 ? unused.splice(kept, 1)[0] : { text, createdAt: now.toISOString(), provenance: null };
  });
};

/**
 * The client's own edits from the identities screen (not coach actions, so not in the action
 * log). Same invariants as the action engine: ownership (another client's id is "not found"),
 * unique names, and the coach's current identity kept pointing at a live one.
 */
@Injectable()
export class IdentitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly states: CoachStateRepository,
    private readonly identities: IdentityRepository,
  ) {}

  async list(userId: string): Promise<IdentityView[]> {
    const rows = await this.identities.listLive(this.dataSource.manager, userId);
    return rows.map(toIdentityView);
  }

  async get(userId: string, id: string): Promise<IdentityView> {
    return toIdentityView(await this.liveOrNotFound(this.dataSource.manager, userId, id));
  }

  create(userId: string, input: CreateIdentityInput): Promise<IdentityView> {
    return this.dataSource.transaction(async (db) => {
      const state = await this.states.lockForUser(db, userId);
      const live = await this.identities.listLive(db, userId);
      const name = checkedName(input.name);
      this.assertNameFree(live, name);
      const note = input.note?.trim() ? checkedText('note', input.note, ACTION_LIMITS.noteLength) : null;
      const identity = await this.identities.insert(db, {
        userId,
        name,
        category: checkedCategory(input.category),
        state: initialIdentityState(state.currentPhase),
        notes: note ? [{ text: note, createdAt: new Date().toISOString(), provenance: null }] : [],
        order: Math.max(-1, ...live.map((item) => item.order)) + 1,
      });
      if (!state.currentIdentityId) {
        await this.refreshCurrent(db, state, [...live, identity]);
      }
      return toIdentityView(identity);
    });
  }

  update(userId: string, id: string, input: UpdateIdentityInput): Promise<IdentityView> {
    return this.dataSource.transaction(async (db) => {
      await this.states.lockForUser(db, userId);
      const identity = await this.liveOrNotFound(db, userId, id);
      const patch: IdentityPatch = {};
      if (input.name !== undefined) {
        patch.name = checkedName(input.name);
        this.assertNameFree(await this.identities.listLive(db, userId), patch.name, identity.id);
      }
      if (input.category !== undefined) {
        patch.category = checkedCategory(input.category);
      }
      if (input.notes !== undefined) {
        patch.notes = mergeNotes(identity.notes, input.notes, new Date());
      }
      if (input.iAmStatement !== undefined) {
        patch.iAmStatement =
          input.iAmStatement === null
            ? null
            : checkedText('iAmStatement', input.iAmStatement, ACTION_LIMITS.statementLength);
      }
      await this.identities.update(db, identity, patch);
      return toIdentityView((await this.identities.findOwned(db, userId, id)) ?? identity);
    });
  }

  async archive(userId: string, id: string): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      const state = await this.states.lockForUser(db, userId);
      const identity = await this.liveOrNotFound(db, userId, id);
      await this.identities.archive(db, identity);
      if (state.currentIdentityId === identity.id) {
        await this.refreshCurrent(db, state, await this.identities.listLive(db, userId));
      }
    });
  }

  /** `ids` must be exactly the client's live identities, in the new order. */
  async reorder(userId: string, ids: readonly string[]): Promise<IdentityView[]> {
    return this.dataSource.transaction(async (db) => {
      await this.states.lockForUser(db, userId);
      const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
      if (unique.length !== ids.length) {
        throw CoachingException.invalidReorder('Each identity may appear only once.');
      }
      if ((await this.identities.countOwned(db, userId, unique)) !== unique.length) {
        throw CoachingException.identityNotFound();
      }
      const live = await this.identities.listLive(db, userId);
      const liveIds = new Set(live.map((identity) => identity.id));
      if (unique.length !== liveIds.size || unique.some((id) => !liveIds.has(id))) {
        throw CoachingException.invalidReorder('List every one of your current identities exactly once.');
      }
      await this.identities.setOrder(db, userId, unique);
      return (await this.identities.listLive(db, userId)).map(toIdentityView);
    });
  }

  private async liveOrNotFound(db: EntityManager, userId: string, id: string): Promise<IdentityEntity> {
    // Malformed ids are "not found" too; the route's UUID pipe normally stops them first.
    const identity = isUuid(id) ? await this.identities.findLiveOwned(db, userId, id) : null;
    if (!identity) {
      throw CoachingException.identityNotFound();
    }
    return identity;
  }

  private assertNameFree(live: readonly IdentityEntity[], name: string, exceptId?: string): void {
    if (live.some((identity) => identity.id !== exceptId && nameKey(identity.name) === nameKey(name))) {
      throw CoachingException.duplicateName(name);
    }
  }

  private async refreshCurrent(
    db: EntityManager,
    state: CoachStateEntity,
    live: readonly IdentityEntity[],
  ): Promise<void> {
    const next = pickCurrentIdentity(live, phaseTarget(state.currentPhase));
    if (next !== state.currentIdentityId) {
      state.currentIdentityId = next;
      await this.states.save(db, state);
    }
  }
}
