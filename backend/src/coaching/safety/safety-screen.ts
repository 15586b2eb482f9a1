import { Injectable } from '@nestjs/common';

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
  | { flagged: true; reason: string };

/**
 * Step 2 of a turn. The safety issue supplies the real screen (moderation endpoint plus an
 * offline classifier); the pipeline only depends on this contract.
 */
export interface SafetyScreen {
  screen(input: SafetyScreenInput): Promise<SafetyVerdict>;
}

/** Until the safety module ships: nothing is flagged. */
@Injectable()
export class NoSafetyScreen implements SafetyScreen {
  screen(): Promise<SafetyVerdict> {
    return Promise.resolve({ flagged: false });
  }
}
