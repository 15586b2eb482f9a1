import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import {
  coachCatalogQueryOptions,
  coachMessagesQueryOptions,
  coachStateQueryOptions,
  identitiesQueryOptions,
} from '@/modules/chat/api/coachQueries';
import { ChatConversation } from '@/modules/chat/components/ChatConversation';
import { IdentitiesPanel } from '@/modules/chat/components/IdentitiesPanel';
import { ProgressStepper } from '@/modules/chat/components/ProgressStepper';
import { progressView } from '@/modules/chat/lib/progress';
import { useSavedPictures } from '@/modules/studio/hooks/useSavedPictures';
import { Button } from '@/modules/ui/components/Button';

/**
 * `/app`: the coaching conversation beside the identities it shapes. The page is exactly one
 * screen tall (minus the phone's top bar and tabs) so only the conversation scrolls.
 */
export function ChatPage() {
  useDocumentTitle('Chat');
  const state = useQuery(coachStateQueryOptions());
  const catalog = useQuery(coachCatalogQueryOptions());
  const identities = useQuery(identitiesQueryOptions());
  const history = useInfiniteQuery(coachMessagesQueryOptions());
  const pictures = useSavedPictures();

  const problem = state.error ?? history.error;
  const ready = state.data && history.data;
  // Page 0 is the newest; items are oldest first within a page.
  const messages = history.data ? [...history.data.pages].reverse().flatMap((page) => page.items) : [];

  return (
    // Phones: the screen less the top bar (measured, see SignedInLayout) and the bottom tabs.
    <div className="flex h-[calc(100dvh_-_var(--app-header-height,3.5rem)_-_5rem)] min-h-80 sm:h-dvh">
      <section aria-labelledby="chat-heading" className="flex min-w-0 flex-1 flex-col">
        <header className="border-b border-line/70 px-4 py-3 sm:px-5">
          <h1 id="chat-heading" className="font-serif text-xl font-semibold text-ink">
            Chat with your coach
          </h1>
          {state.data && catalog.data ? (
            <div className="mt-2">
              <ProgressStepper progress={progressView(state.data, catalog.data)} />
            </div>
          ) : null}
        </header>
        {ready ? (
          <ChatConversation
            messages={messages}
            state={state.data}
            hasOlder={history.hasNextPage}
            loadingOlder={history.isFetchingNextPage}
            onLoadOlder={() => void history.fetchNextPage()}
          />
        ) : problem ? (
          <div
            role="alert"
            className="m-5 rounded-2xl border border-clay-600/30 bg-clay-100 p-4 text-sm text-ink"
          >
            <p>We couldn’t load your conversation. {problem.message}</p>
            <Button
              className="mt-3"
              onClick={() => {
                void state.refetch();
                void history.refetch();
              }}
            >
              Try again
            </Button>
          </div>
        ) : (
          <p role="status" className="m-5 text-ink-soft">
            Getting your conversation ready…
          </p>
        )}
      </section>
      {state.data && catalog.data ? (
        <aside
          aria-label="Your identities"
          className="hidden w-80 shrink-0 flex-col border-l border-line/70 px-5 py-4 lg:flex"
        >
          <IdentitiesPanel
            identities={identities.data ?? []}
            catalog={catalog.data}
            state={state.data}
            pictures={pictures}
          />
        </aside>
      ) : null}
    </div>
  );
}
