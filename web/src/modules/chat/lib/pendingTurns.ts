import type { CreateTurnBody } from '@/modules/chat/lib/coachTypes';

// A queued turn's request, kept for this tab so that after a reload its "Try again" can repeat
// the very same request (same Idempotency-Key) instead of writing the message a second time.
const PREFIX = 'dc-turn:';

export interface RememberedTurn {
  idempotencyKey: string;
  body: CreateTurnBody;
}

export function rememberTurn(turnId: string, turn: RememberedTurn): void {
  try {
    sessionStorage.setItem(PREFIX + turnId, JSON.stringify(turn));
  } catch {
    // Storage off or full: a retry after a reload then starts a new turn, nothing worse.
  }
}

export function recallTurn(turnId: string): RememberedTurn | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + turnId);
    return raw ? (JSON.parse(raw) as RememberedTurn) : null;
  } catch {
    return null;
  }
}

export function forgetTurn(turnId: string): void {
  try {
    sessionStorage.removeItem(PREFIX + turnId);
  } catch {
    // Nothing to clean up without storage.
  }
}
