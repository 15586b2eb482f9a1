import { type RefObject, useEffect, useRef } from 'react';
import { focusWhenRendered } from '@/modules/ui/lib/focus';

export interface ChatFocusOptions {
  /** The message whose card now blocks the talk (a video, a break, safety resources), or null. */
  blockingCardId: string | null;
  /** A turn is being sent or written. */
  busy: boolean;
  /** The composer cannot be typed into right now. */
  composerBlocked: boolean;
  logRef: RefObject<HTMLElement | null>;
  composerRef: RefObject<HTMLElement | null>;
}

/** The card frame of a message in the log (rows carry their item key, cards are focus targets). */
const cardFrameOf = (log: HTMLElement | null, messageId: string): HTMLElement | null | undefined =>
  Array.from(log?.querySelectorAll<HTMLElement>('[data-item-key]') ?? [])
    .find((row) => row.dataset.itemKey === messageId)
    ?.querySelector<HTMLElement>('[data-card-frame]');

/**
 * Where focus goes in the chat. A new blocking card (a reply, or a press that leads to a break)
 * takes focus, so keyboard and screen-reader users land on what they must act on next; the page
 * opening on one does not steal focus. Otherwise, once the reply to a send or a press is in,
 * focus returns to the composer, or to the log when the composer is blocked.
 *
 * Returns `expectReply`, to call when the client sends or presses.
 */
export function useChatFocus({
  blockingCardId,
  busy,
  composerBlocked,
  logRef,
  composerRef,
}: ChatFocusOptions): () => void {
  const seenCard = useRef(blockingCardId);
  const awaitingReply = useRef(false);

  useEffect(() => {
    if (busy) {
      return;
    }
    if (blockingCardId !== null && blockingCardId !== seenCard.current) {
      seenCard.current = blockingCardId;
      awaitingReply.current = false;
      return focusWhenRendered(() => cardFrameOf(logRef.current, blockingCardId));
    }
    seenCard.current = blockingCardId;
    if (!awaitingReply.current) {
      return;
    }
    awaitingReply.current = false;
    (composerBlocked ? logRef.current : composerRef.current)?.focus();
  }, [busy, blockingCardId, composerBlocked, logRef, composerRef]);

  return () => {
    awaitingReply.current = true;
  };
}
