import { type ApiError, unwrap } from '@dev-coach/frontend-api';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api } from '@/modules/api/client';
import { authQueryKeyRoot } from '@/modules/auth/api/meQuery';
import type { Catalog, CoachState, Identity, MessagePage } from '@/modules/chat/lib/coachTypes';

// Under the auth root: everything here belongs to the signed-in person and goes at sign-out.
export const coachQueryKeys = {
  state: [authQueryKeyRoot, 'coach', 'state'] as const,
  messages: [authQueryKeyRoot, 'coach', 'messages'] as const,
  catalog: [authQueryKeyRoot, 'coach', 'catalog'] as const,
  identities: [authQueryKeyRoot, 'identities'] as const,
};

/** How many messages one history page holds (the API allows 1–100). */
export const MESSAGE_PAGE_SIZE = 30;

/** `GET /coach/state`: phase, focus, current identity, open break, whether the composer is off. */
export function coachStateQueryOptions() {
  return queryOptions<CoachState, ApiError>({
    queryKey: coachQueryKeys.state,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/coach/state', { signal })),
  });
}

/**
 * `GET /coach/messages` by cursor: the first page is the newest, each next page is older
 * (`before` = the previous page's `nextCursor`). Items are oldest first within a page.
 */
export function coachMessagesQueryOptions() {
  return infiniteQueryOptions<
    MessagePage,
    ApiError,
    { pages: MessagePage[] },
    typeof coachQueryKeys.messages,
    string | null
  >({
    queryKey: coachQueryKeys.messages,
    initialPageParam: null,
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/v1/coach/messages', {
          params: { query: { limit: MESSAGE_PAGE_SIZE, ...(pageParam ? { before: pageParam } : {}) } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor,
    // The conversation changes only through our own turns, which update this cache themselves.
    staleTime: Infinity,
  });
}

/** `GET /coach/catalog`: phase labels, sessions, categories and videos; fixed for a session. */
export function coachCatalogQueryOptions() {
  return queryOptions<Catalog, ApiError>({
    queryKey: coachQueryKeys.catalog,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/coach/catalog', { signal })),
    staleTime: 60 * 60_000,
  });
}

/** `GET /identities`: the client's live identities in their order. */
export function identitiesQueryOptions() {
  return queryOptions<Identity[], ApiError>({
    queryKey: coachQueryKeys.identities,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/identities', { signal })),
  });
}
