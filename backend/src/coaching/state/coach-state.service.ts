import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { IdentityCategory } from 'src/curriculum/categories';
import type { GetToKnowYouTopic, Phase } from 'src/curriculum/phases';
import type { Session } from 'src/curriculum/sessions';
import type { SafetyHold } from 'src/coaching/entities/coach-state.entity';
import { type IdentityView, toIdentityView } from 'src/coaching/identities/identity.view';
import {
  type CoachStateContextRow,
  CoachStateRepository,
} from 'src/coaching/repositories/coach-state.repository';
import { CoachStarter } from 'src/coaching/state/coach-starter.service';

export interface OpenBreakView {
  id: string;
  session: Session;
  startedAt: string;
}

/** `GET /coach/state`: where the client is, what the coach works on, and what blocks input. */
export interface CoachStateView {
  currentPhase: Phase;
  identityFocus: IdentityCategory;
  skippedCategories: IdentityCategory[];
  whoYouAre: string[];
  whoYouWantToBe: string[];
  askedQuestions: GetToKnowYouTopic[];
  shownVideos: string[];
  currentIdentity: IdentityView | null;
  openBreak: OpenBreakView | null;
  safetyHold: SafetyHold | null;
  /** While on a break the client cannot type; "I'm ready" on the break card ends it. */
  composerDisabled: boolean;
  updatedAt: string;
}

@Injectable()
export class CoachStateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly starter: CoachStarter,
    private readonly states: CoachStateRepository,
  ) {}

  async getForUser(userId: string): Promise<CoachStateView> {
    // The usual case, a client who has started, is a plain read: no transaction, no lock.
    // Under READ COMMITTED a transaction would not give these reads one snapshot anyway.
    const existing = await this.states.findWithContext(this.dataSource.manager, userId);
    if (existing) {
      return this.view(existing);
    }
    return this.dataSource.transaction(async (db) => {
      await this.starter.ensureStarted(db, userId);
      const state = await this.states.findWithContext(db, userId);
      if (!state) {
        // ensureStarted just created it in this transaction.
        throw new Error(`Coach state of ${userId} vanished`);
      }
      return this.view(state);
    });
  }

  // Straight from the row: no entities are hydrated on this path (see findWithContext).
  private view(row: CoachStateContextRow): CoachStateView {
    const openBreak: OpenBreakView | null =
      row.break_id === null
        ? null
        : { id: row.break_id, session: row.break_session, startedAt: row.break_started_at.toISOString() };
    return {
      currentPhase: row.current_phase,
      identityFocus: row.identity_focus,
      skippedCategories: row.skipped_categories,
      whoYouAre: row.who_you_are,
      whoYouWantToBe: row.who_you_want_to_be,
      askedQuestions: row.asked_questions,
      shownVideos: row.shown_videos,
      currentIdentity: currentIdentityView(row),
      openBreak,
      safetyHold: row.safety_hold,
      composerDisabled: openBreak !== null,
      updatedAt: row.updated_at.toISOString(),
    };
  }
}

/** The identity columns of the row through the one client-API identity mapping, toIdentityView. */
const currentIdentityView = (row: CoachStateContextRow): IdentityView | null =>
  row.identity_id === null
    ? null
    : toIdentityView({
        id: row.identity_id,
        userId: row.identity_user_id,
        name: row.identity_name,
        category: row.identity_category,
        state: row.identity_state,
        notes: row.identity_notes,
        iAmStatement: row.identity_i_am_statement,
        visualization: row.identity_visualization,
        order: row.identity_sort_order,
        parentId: row.identity_parent_id,
        archivedAt: row.identity_archived_at,
        createdAt: row.identity_created_at,
        updatedAt: row.identity_updated_at,
      });
