import type { EntityManager } from 'typeorm';
import type { Phase } from 'src/curriculum/phases';
import type { Component } from 'src/curriculum/component.types';

/** Injection token for the SafetyScreen the turn pipeline consults before anything is spent. */
export const SAFETY_SCREEN = Symbol('SAFETY_SCREEN');

/** How many of the client's latest messages the screen reads as context (oldest first). */
export const SAFETY_RECENT_MESSAGES = 6;

/** One of the client's latest messages, as the screen reads it for context. */
export interface RecentSafetyMessage {
  role: string;
  content: string;
  at?: string | null;
}

export interface SafetyScreenInput {
  userId: string;
  /** The client's own words for this turn (typed or a button's reply text). */
  message: string;
  /**
   * The client's last `SAFETY_RECENT_MESSAGES` messages, oldest first, when the caller has them
   * (the intake reads them with its quota counts); the screen loads them otherwise. A promise
   * lets the moderation call start while the caller's read is still on its way.
   */
  recentMessages?: RecentSafetyMessage[] | Promise<RecentSafetyMessage[]>;
}

export type TurnSafetyVerdict =
  | { flagged: false }
  /**
   * The message needs the crisis flow: the turn is answered with `reply` (supportive message,
   * resources card) instead of the curriculum, and the screen has already set the safety hold.
   */
  | { flagged: true; reason: string; eventId: string; reply: SafetyTurnReply };

/** A concern the coach model raised about the client's words. */
export interface CoachSafetyConcern {
  userId: string;
  /** The client's message of the turn, when it had one. */
  messageId: string | null;
  /** The client's words the model reacted to (or the concern, when the turn had none). */
  text: string;
  /** The model's one-line reason. */
  concern: string;
}

/** What the coach says instead of the curriculum: a supportive message and its card. */
export interface SafetyTurnReply {
  message: string;
  component: Component | null;
}

/**
 * Step 2 of a turn, as the turn pipeline (coach-turns) sees it. SafetyService implements it with
 * provider moderation plus the offline classifier; the pipeline depends only on this contract.
 */
export interface SafetyScreen {
  /** Runs outside any transaction: a flag stores its event and sets the hold itself. */
  screen(input: SafetyScreenInput): Promise<TurnSafetyVerdict>;
  /**
   * Links a flag's safety event to the client message that carried it, inside the turn's
   * transaction once the message is written (the screen runs before there is one). An event
   * that already names a message keeps it.
   */
  attachMessage(db: EntityManager, eventId: string, messageId: string): Promise<void>;
  /**
   * The coach model raised a concern in its reply (`safety_concern`, defence in depth next to
   * moderation and the classifier): inside the turn's transaction, after the client's state row
   * was locked, stores a safety event flagged by `coach` for the client's message of the turn
   * (null when the turn had none), sets the hold and returns the reply to show. The staff alert
   * is the caller's to queue with `queueAlert` once the transaction committed.
   */
  raiseFromCoach(
    db: EntityManager,
    input: CoachSafetyConcern,
  ): Promise<{ eventId: string; reply: SafetyTurnReply }>;
  /** Queues the staff alert of an event, at most once; never throws. */
  queueAlert(eventId: string): Promise<number>;
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
