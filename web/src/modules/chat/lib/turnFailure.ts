import type { TurnFailure } from '@/modules/chat/hooks/useCoachTurn';

// Refusals that asking again with the same request cannot fix.
const FINAL_CODES: ReadonlySet<string> = new Set([
  'empty_turn',
  'validation_failed',
  'button_not_offered',
  'message_not_found',
  'card_expired',
  'card_not_interactive',
  'on_break',
  'idempotency_key_reused',
]);

/** What to tell the client about a failed turn, and whether "Try again" can help. */
export function describeFailure(failure: TurnFailure): { message: string; retryable: boolean } {
  switch (failure.stage) {
    case 'turn':
      return { message: 'Your coach could not answer just now. Your message is saved.', retryable: true };
    case 'stream':
      return { message: 'We lost the connection while your coach was replying.', retryable: true };
    case 'request': {
      const { error } = failure;
      return { message: error.message, retryable: !FINAL_CODES.has(error.code) };
    }
  }
}
