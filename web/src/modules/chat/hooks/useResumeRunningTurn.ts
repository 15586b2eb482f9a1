import { unwrap } from '@dev-coach/frontend-api';
import { useEffect, useRef } from 'react';
import { api } from '@/modules/api/client';
import type { ChatMessage } from '@/modules/chat/lib/coachTypes';

/**
 * After a reload while the coach was replying, the history ends with the client's message and
 * its turn is still running: follow that turn so the reply streams in as if nothing happened.
 * Checked once, on the first history the page shows.
 */
export function useResumeRunningTurn(
  messages: ChatMessage[],
  idle: boolean,
  resume: (turnId: string, message: string) => void,
): void {
  const checked = useRef(false);
  const newest = messages[messages.length - 1];

  useEffect(() => {
    if (checked.current || !idle || !newest) {
      return;
    }
    checked.current = true;
    const turnId = newest.turnId;
    if (newest.role !== 'user' || !turnId) {
      return;
    }
    const controller = new AbortController();
    let settled = false;
    unwrap(
      api.GET('/api/v1/coach/turns/{id}', { params: { path: { id: turnId } }, signal: controller.signal }),
    )
      .then((result) => {
        settled = true;
        if (result.turn.status === 'queued' || result.turn.status === 'streaming') {
          resume(turnId, newest.content);
        }
      })
      // Not being able to check is no worse than not checking: the client can write again.
      .catch(() => undefined);
    return () => {
      controller.abort();
      if (!settled) {
        // Unmounted before the answer (or StrictMode's trial run): check again on the next mount.
        checked.current = false;
      }
    };
  }, [idle, newest, resume]);
}
