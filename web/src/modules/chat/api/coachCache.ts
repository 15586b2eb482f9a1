import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { coachQueryKeys } from '@/modules/chat/api/coachQueries';
import type { ChatMessage, MessagePage, TurnResult } from '@/modules/chat/lib/coachTypes';

type MessagesData = InfiniteData<MessagePage, string | null>;

/**
 * Puts a finished turn into the cache the way a reload would show it: its messages at the end of
 * the conversation (page 0 is the newest), the coach state as the server returned it, and the
 * identities marked stale because the turn's actions may have changed them.
 */
export function applyTurnResult(queryClient: QueryClient, result: TurnResult): void {
  queryClient.setQueryData<MessagesData>(coachQueryKeys.messages, (data) => {
    if (!data) {
      return data;
    }
    const known = new Set(data.pages.flatMap((page) => page.items.map((message) => message.id)));
    const fresh = result.messages.filter((message) => !known.has(message.id));
    const [newest, ...older] = data.pages;
    if (!newest || fresh.length === 0) {
      return data;
    }
    return { ...data, pages: [{ ...newest, items: [...newest.items, ...fresh] }, ...older] };
  });
  queryClient.setQueryData(coachQueryKeys.state, result.state);
  void queryClient.invalidateQueries({ queryKey: coachQueryKeys.identities });
}

/**
 * Shows a pressed card as answered at once, as the server stores it (`toDisplayOnly`: no buttons,
 * the pressed button remembered), so it cannot be pressed twice while the turn runs.
 */
export function markCardPressed(
  queryClient: QueryClient,
  messageId: string,
  pressed: { buttonId: string; label: string; at: string },
): void {
  updateMessage(queryClient, messageId, (message) =>
    message.component
      ? { ...message, component: { ...message.component, buttons: [], displayOnly: true, pressed } }
      : message,
  );
}

/** After a refused press: the server kept nothing, so read the conversation again. */
export function refreshConversation(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: coachQueryKeys.messages });
  void queryClient.invalidateQueries({ queryKey: coachQueryKeys.state });
}

function updateMessage(
  queryClient: QueryClient,
  messageId: string,
  update: (message: ChatMessage) => ChatMessage,
): void {
  queryClient.setQueryData<MessagesData>(coachQueryKeys.messages, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((message) => (message.id === messageId ? update(message) : message)),
          })),
        }
      : data,
  );
}
