import { cardOf, isCardInteractive } from '@/modules/chat/lib/cardTypes';
import type { ChatMessage, Phase } from '@/modules/chat/lib/coachTypes';

/**
 * Cards the client has to deal with before the talk goes on: a session video (Continue), a break
 * ("I'm ready") and the safety resources (worth reading before anything else).
 */
const BLOCKING_KINDS: ReadonlySet<string> = new Set(['video', 'break', 'safety_resources']);

/** The id of the message whose card now stands in the client's way, or null. */
export function blockingCardMessageId(
  newestFirst: readonly ChatMessage[],
  currentPhase: Phase | undefined,
): string | null {
  for (const message of newestFirst) {
    const card = cardOf(message);
    if (card) {
      return BLOCKING_KINDS.has(card.kind) && isCardInteractive(card, currentPhase) ? message.id : null;
    }
  }
  return null;
}
