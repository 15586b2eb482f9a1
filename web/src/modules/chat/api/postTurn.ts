import { unwrapResult } from '@dev-coach/frontend-api';
import { api } from '@/modules/api/client';
import type { CreateTurnBody, TurnAccepted, TurnResult } from '@/modules/chat/lib/coachTypes';

export type PostTurnOutcome =
  /** 200: answered without the model (a card press, a break); the result is final. */
  | { kind: 'answered'; result: TurnResult }
  /** 202: queued; follow its events. */
  | { kind: 'queued'; turnId: string };

/**
 * `POST /coach/turns` with an `Idempotency-Key`: sending the same key and body again (a retry
 * after a dropped connection or a failed turn) never makes a second turn.
 */
export async function postTurn(body: CreateTurnBody, idempotencyKey: string): Promise<PostTurnOutcome> {
  const { data, response } = await unwrapResult(
    api.POST('/api/v1/coach/turns', {
      body,
      params: { header: { 'Idempotency-Key': idempotencyKey } },
    }),
  );
  if (response.status === 202) {
    return { kind: 'queued', turnId: (data as TurnAccepted).turn.id };
  }
  return { kind: 'answered', result: data as TurnResult };
}
