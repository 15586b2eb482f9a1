import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Phase } from 'src/coaching/catalog/phases';
import type { Component } from 'src/coaching/components/component.types';

/** Injection token for the SafetyScreen the turn pipeline consults before anything is spent. */
export const SAFETY_SCREEN = Symbol('SAFETY_SCREEN');

export interface SafetyScreenInput {
  userId: string;
  /** The client's own words for this turn (typed or a button's reply text). */
  message: string;
}

export type SafetyVerdict =
  | { flagged: false }
  /**
   * The message needs the crisis flow. The safety module will answer the turn itself
   * (supportive reply, resources card, safety hold) instead of the curriculum.
   */
  | { flagged: true; reason: string; reply: SafetyTurnReply };

/** What the coach says instead of the curriculum: a supportive message and its card. */
export interface SafetyTurnReply {
  message: string;
  component: Component | null;
}

/**
 * Step 2 of a turn. The safety issue supplies the real screen (moderation endpoint plus an
 * offline classifier); the pipeline only depends on this contract.
 */
export interface SafetyScreen {
  /** Runs outside any transaction: a flag stores its event and sets the hold itself. */
  screen(input: SafetyScreenInput): Promise<SafetyVerdict>;
  /** The reply to an unflagged message while the curriculum is on hold. */
  heldReply(phase: Phase): SafetyTurnReply;
  /**
   * A press on a `safety_resources` card, inside the turn's transaction (the client's state
   * row is already locked). "Continue" lifts the hold.
   */
  answerCardPress(
    db: EntityManager,
    userId: string,
    buttonId: string,
    phase: Phase,
  ): Promise<SafetyTurnReply>;
}

/** For tests of the core without the safety module: nothing is flagged. */
@Injectable()
export class NoSafetyScreen implements SafetyScreen {
  screen(): Promise<SafetyVerdict> {
    return Promise.resolve({ flagged: false });
  }

  heldReply(): SafetyTurnReply {
    return { message: '', component: null };
  }

  answerCardPress(): Promise<SafetyTurnReply> {
    return Promise.resolve({ message: '', component: null });
  }
}
