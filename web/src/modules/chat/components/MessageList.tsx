import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, type RefObject, useEffect, useLayoutEffect, useRef } from 'react';

export interface ChatListItem {
  /** Stable across renders: a message id, or a fixed key for the pending bubbles. */
  key: string;
  node: ReactNode;
}

export interface MessageListProps {
  /** Oldest first; the newest item is at the bottom. */
  items: ChatListItem[];
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
  /** True while the coach writes: screen readers hear the reply once, when it is complete. */
  busy: boolean;
  /** The scrolling log element, for the page to move focus into a new card. */
  scrollRef: RefObject<HTMLDivElement | null>;
}

const NEAR_BOTTOM_PX = 96;
const LOAD_OLDER_WITHIN_PX = 600;

/**
 * The conversation as a virtualised log: only the messages near the viewport are in the DOM, so
 * a 10,000-message history stays light, and older pages load as the client scrolls up. It keeps
 * to the bottom while new text arrives unless the client has scrolled away to read.
 */
export function MessageList({
  items,
  hasOlder,
  loadingOlder,
  onLoadOlder,
  busy,
  scrollRef,
}: MessageListProps) {
  const stickToBottom = useRef(true);
  const previous = useRef<{ firstKey: string | undefined; totalSize: number }>({
    firstKey: undefined,
    totalSize: 0,
  });

  // The compiler cannot memoise around the virtualizer's functions; this component is not memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    getItemKey: (index) => items[index]?.key ?? index,
    overscan: 8,
    paddingStart: 16,
    paddingEnd: 16,
  });
  const totalSize = virtualizer.getTotalSize();
  const firstKey = items[0]?.key;

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) {
      return;
    }
    const before = previous.current;
    if (stickToBottom.current) {
      element.scrollTop = element.scrollHeight;
    } else if (before.firstKey !== undefined && before.firstKey !== firstKey) {
      // Older messages were added above: keep the ones being read where they were.
      element.scrollTop += totalSize - before.totalSize;
    }
    previous.current = { firstKey, totalSize };
  }, [firstKey, totalSize, items.length, scrollRef]);

  // A first page too short to scroll could never trigger loading by scrolling.
  useEffect(() => {
    const element = scrollRef.current;
    if (element && hasOlder && !loadingOlder && element.scrollHeight <= element.clientHeight) {
      onLoadOlder();
    }
  }, [hasOlder, loadingOlder, onLoadOlder, totalSize, scrollRef]);

  const onScroll = () => {
    const element = scrollRef.current;
    if (!element) {
      return;
    }
    stickToBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_BOTTOM_PX;
    if (element.scrollTop < LOAD_OLDER_WITHIN_PX && hasOlder && !loadingOlder) {
      onLoadOlder();
    }
  };

  return (
    <div className="relative min-h-0 flex-1">
      {loadingOlder ? (
        <p className="absolute inset-x-0 top-2 z-10 mx-auto w-fit rounded-full bg-paper-deep px-3 py-1 text-xs text-ink-soft shadow-sm">
          Loading earlier messages…
        </p>
      ) : null}
      <div
        ref={scrollRef}
        onScroll={onScroll}
        role="log"
        aria-label="Conversation with your coach"
        aria-busy={busy}
        // A scrollable region must be reachable by keyboard so it can be scrolled without a mouse.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        className="h-full overflow-x-hidden overflow-y-auto overscroll-contain px-3 focus-visible:outline-offset-[-2px] sm:px-5"
      >
        <div className="relative w-full" style={{ height: totalSize }}>
          {virtualizer.getVirtualItems().map((row) => (
            <div
              key={row.key}
              data-index={row.index}
              data-item-key={String(row.key)}
              ref={virtualizer.measureElement}
              className="absolute inset-x-0 top-0 pb-4"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {items[row.index]?.node}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
