import type { components } from '@dev-coach/api-client';
import { type ApiError, unwrap } from '@dev-coach/frontend-api';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/modules/api/client';
import { authQueryKeyRoot } from '@/modules/auth/api/meQuery';
import type { Identity } from '@/modules/identities/lib/labels';

// Under the signed-in root, so signing out forgets them.
export const identitiesQueryKey = [authQueryKeyRoot, 'identities'] as const;

/** Where the browser downloads the "I am" statements as a PDF (the session cookie comes along). */
export const I_AM_PDF_URL = '/api/v1/identities/i-am.pdf';

export function identitiesQueryOptions() {
  return queryOptions<Identity[], ApiError>({
    queryKey: identitiesQueryKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/identities', { signal })),
  });
}

export interface IdentityChanges {
  id: string;
  body: components['schemas']['UpdateIdentityDto'];
}

function useReplaceInList() {
  const queryClient = useQueryClient();
  return (updated: Identity) =>
    queryClient.setQueryData<Identity[]>(identitiesQueryKey, (list) =>
      list?.map((identity) => (identity.id === updated.id ? updated : identity)),
    );
}

export function useUpdateIdentity() {
  const replace = useReplaceInList();
  return useMutation<Identity, ApiError, IdentityChanges>({
    mutationFn: ({ id, body }) =>
      unwrap(api.PATCH('/api/v1/identities/{id}', { params: { path: { id } }, body })),
    onSuccess: replace,
  });
}

/** Archiving is a soft delete: the identity leaves the list (and the coach's view). */
export function useArchiveIdentity() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, string>({
    mutationFn: async (id) => {
      await unwrap(api.DELETE('/api/v1/identities/{id}', { params: { path: { id } } }));
    },
    onSuccess: (_data, id) => {
      queryClient.setQueryData<Identity[]>(identitiesQueryKey, (list) =>
        list?.filter((identity) => identity.id !== id),
      );
    },
  });
}

/** Saves a new order; the list moves at once and goes back if the server refuses. */
export function useReorderIdentities() {
  const queryClient = useQueryClient();
  return useMutation<Identity[], ApiError, string[], { previous?: Identity[] }>({
    mutationFn: (ids) => unwrap(api.POST('/api/v1/identities/reorder', { body: { ids } })),
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: identitiesQueryKey });
      const previous = queryClient.getQueryData<Identity[]>(identitiesQueryKey);
      queryClient.setQueryData<Identity[]>(identitiesQueryKey, (list) =>
        list?.map((identity) => ({ ...identity, order: ids.indexOf(identity.id) })),
      );
      return { previous };
    },
    onError: (_error, _ids, context) => {
      queryClient.setQueryData(identitiesQueryKey, context?.previous);
    },
    onSuccess: (list) => {
      queryClient.setQueryData(identitiesQueryKey, list);
    },
  });
}
