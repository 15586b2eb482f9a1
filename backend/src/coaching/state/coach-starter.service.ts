import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { coachTextForCard } from 'src/coaching/components/card-copy';
import { ChatMessageRepository } from 'src/coaching/repositories/chat-message.repository';
import {
  CoachStateRepository,
  type LockedCoachState,
} from 'src/coaching/repositories/coach-state.repository';
import { introVideoFor } from 'src/coaching/state/session-flow';
import { VideoCatalogService } from 'src/coaching/videos/video-catalog.service';

/**
 * A client's coaching starts the first time anything reads it: the state is created at the
 * first phase and the welcome video card is the first coach message (its Continue leads to
 * the coach's introduction). Idempotent and safe under concurrent first reads.
 */
@Injectable()
export class CoachStarter {
  constructor(
    private readonly states: CoachStateRepository,
    private readonly messages: ChatMessageRepository,
    private readonly videos: VideoCatalogService,
  ) {}

  /** True when this call started the client's coaching. Run inside a transaction. */
  async ensureStarted(db: EntityManager, userId: string): Promise<boolean> {
    // Reads come first so the usual case (already started) writes nothing.
    if ((await this.states.findForUser(db, userId)) || !(await this.states.createIfMissing(db, userId))) {
      return false;
    }
    await this.welcome(db, await this.states.lockForUser(db, userId));
    return true;
  }

  /**
   * For writers: the client's state, started if needed and row-locked until the transaction
   * ends. One statement when the client has started (the usual case).
   */
  async lockStarted(db: EntityManager, userId: string): Promise<LockedCoachState> {
    const existing = await this.states.lockIfExists(db, userId);
    if (existing) {
      return existing;
    }
    const created = await this.states.createIfMissing(db, userId);
    const state = await this.states.lockForUser(db, userId);
    if (created) {
      await this.welcome(db, state);
    }
    return state;
  }

  private async welcome(db: EntityManager, state: LockedCoachState): Promise<void> {
    const slot = introVideoFor(state.currentPhase);
    const card = slot ? await this.videos.cardFor(db, state.currentPhase, slot) : null;
    if (card) {
      await this.messages.insert(db, {
        userId: state.userId,
        role: 'coach',
        content: coachTextForCard(card) ?? '',
        component: card,
      });
    }
  }
}
