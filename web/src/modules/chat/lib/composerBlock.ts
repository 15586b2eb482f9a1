import { cardOf, isCardInteractive } from '@/modules/chat/lib/cardTypes';
import type { ChatMessage, CoachState } from '@/modules/chat/lib/coachTypes';

/**
 * Why the client cannot write right now, or null. On a break only "I'm ready" may be sent (the
 * server refuses messages); a session video waits for its Continue before the talk goes on.
 */
export function composerBlockedReason(state: CoachState, newestFirst: readonly ChatMessage[]): string | null {
  if (state.composerDisabled || state.openBreak) {
    return 'You are on a break. Press “I’m ready” on the card above when you want to carry on.';
  }
  const newestCard = newestFirst.map(cardOf).find((card) => card !== null);
  if (newestCard?.kind === 'video' && isCardInteractive(newestCard, state.currentPhase)) {
    return 'Watch the video, then press Continue to carry on the conversation.';
  }
  return null;
}
