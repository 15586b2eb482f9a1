import type { SafetyClassification } from 'src/safety/classifier/safety-classifier';
import type { StoredModeration } from 'src/safety/entities/safety-event.entity';
import type { SafetyReply } from 'src/safety/safety-reply';
import type { RecentSafetyMessage } from 'src/safety/turn-safety-screen';

// What SafetyService.screen takes and answers: the same input as the turn pipeline's contract
// (turn-safety-screen.ts) and a superset of its verdict, so SafetyService is bound to
// SAFETY_SCREEN as it is.

export interface SafetyScreenInput {
  userId: string;
  /** The client's words (the pipeline's name for them). */
  message?: string | null;
  /** Same as `message`; either may be given. */
  text?: string | null;
  /** The stored chat message, when the pipeline saved it before screening. */
  messageId?: string | null;
  /** The last few messages, oldest first (or a read of them under way); loaded when omitted. */
  recentMessages?: RecentSafetyMessage[] | Promise<RecentSafetyMessage[]>;
  /** ISO country code for the resources card; the configured default otherwise. */
  country?: string | null;
}

export type SafetyVerdict =
  | {
      flagged: false;
      classifier: SafetyClassification | null;
      moderation: StoredModeration | null;
    }
  | {
      /** Answer the turn with `reply` instead of the curriculum; the hold is already set. */
      flagged: true;
      reason: string;
      eventId: string;
      reply: SafetyReply;
      classifier: SafetyClassification;
      moderation: StoredModeration;
    };
