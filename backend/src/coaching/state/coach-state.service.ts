import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { IdentityCategory } from 'src/curriculum/categories';
import type { GetToKnowYouTopic, Phase } from 'src/curriculum/phases';
import type { Session } from 'src/curriculum/sessions';
import type { SafetyHold } from 'src/coaching/entities/coach-state.entity';
import { type IdentityView, toIdentityView } from 'src/coaching/identities/identity.view';
import {
  type CoachStateWithContext,
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

  private view(state: CoachStateWithContext): CoachStateView {
    const current = state.currentIdentity ?? null;
    const openBreak = state.openBreak ?? null;
    return {
      currentPhase: state.currentPhase,
      identityFocus: state.identityFocus,
      skippedCategories: state.skippedCategories,
      whoYouAre: state.whoYouAre,
      whoYouWantToBe: state.whoYouWantToBe,
      askedQuestions: state.askedQuestions,
      shownVideos: state.shownVideos,
      currentIdentity: current ? toIdentityView(current) : null,
      openBreak: openBreak
        ? { id: openBreak.id, session: openBreak.session, startedAt: openBreak.startedAt.toISOString() }
        : null,
      safetyHold: state.safetyHold,
      composerDisabled: openBreak !== null,
      updatedAt: state.updatedAt.toISOString(),
    };
  }
}
