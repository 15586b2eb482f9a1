import { type ApiError, unwrap } from '@dev-coach/frontend-api';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/modules/api/client';
import { authQueryKeyRoot } from '@/modules/auth/api/meQuery';
import { identitiesQueryKey } from '@/modules/identities/api/identities';
import type {
  StudioAppearance,
  StudioDraft,
  StudioReference,
  SceneUpdate,
  StudioScene,
  StudioState,
} from '@/modules/studio/lib/studioTypes';

// Under the signed-in root, so signing out forgets them.
export const studioQueryKey = [authQueryKeyRoot, 'studio'] as const;
export const draftsQueryKey = (identityId: string) => [...studioQueryKey, 'drafts', identityId] as const;

export function studioQueryOptions() {
  return queryOptions<StudioState, ApiError>({
    queryKey: studioQueryKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/studio', { signal })),
  });
}

/** An identity's drafts, newest first; polled while one is being made outside this page's view. */
export function useDrafts(identityId: string | undefined) {
  return useQuery<StudioDraft[], ApiError>({
    queryKey: draftsQueryKey(identityId ?? ''),
    enabled: Boolean(identityId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/studio/identities/{identityId}/drafts', {
          params: { path: { identityId: identityId ?? '' } },
          signal,
        }),
      ),
  });
}

function useStudioCache() {
  const queryClient = useQueryClient();
  return {
    queryClient,
    patchState: (patch: (state: StudioState) => StudioState) =>
      queryClient.setQueryData<StudioState>(studioQueryKey, (state) => (state ? patch(state) : state)),
    patchDrafts: (identityId: string, patch: (drafts: StudioDraft[]) => StudioDraft[]) =>
      queryClient.setQueryData<StudioDraft[]>(draftsQueryKey(identityId), (drafts) => patch(drafts ?? [])),
    /** Quota and draft counts change with every picture: read them again. */
    refreshState: () => queryClient.invalidateQueries({ queryKey: studioQueryKey, exact: true }),
  };
}

export function useSaveAppearance() {
  const { patchState } = useStudioCache();
  return useMutation<StudioAppearance, ApiError, string>({
    mutationFn: (description) => unwrap(api.PUT('/api/v1/studio/appearance', { body: { description } })),
    onSuccess: (appearance) => patchState((state) => ({ ...state, appearance })),
  });
}

export function useUploadReference() {
  const { patchState } = useStudioCache();
  return useMutation<StudioReference, ApiError, File>({
    mutationFn: (file) => {
      const form = new FormData();
      form.append('file', file, file.name);
      // openapi-fetch sends FormData as it is: the browser sets the multipart boundary.
      return unwrap(api.POST('/api/v1/studio/references', { body: form as unknown as { file: string } }));
    },
    onSuccess: (reference) =>
      patchState((state) => ({ ...state, references: [...state.references, reference] })),
  });
}

export function useDeleteReference() {
  const { patchState } = useStudioCache();
  return useMutation<void, ApiError, string>({
    mutationFn: async (id) => {
      await unwrap(api.DELETE('/api/v1/studio/references/{id}', { params: { path: { id } } }));
    },
    onSuccess: (_data, id) =>
      patchState((state) => ({ ...state, references: state.references.filter((ref) => ref.id !== id) })),
  });
}

export function useSaveScene() {
  const { patchState } = useStudioCache();
  return useMutation<StudioScene, ApiError, { identityId: string; scene: SceneUpdate }>({
    mutationFn: ({ identityId, scene }) =>
      unwrap(
        api.PUT('/api/v1/studio/identities/{identityId}/scene', {
          params: { path: { identityId } },
          body: scene,
        }),
      ),
    onSuccess: (scene, { identityId }) =>
      patchState((state) => ({
        ...state,
        identities: state.identities.map((identity) =>
          identity.id === identityId ? { ...identity, scene } : identity,
        ),
      })),
  });
}

/** A pending draft joins the top of its identity's history at once. */
function useAddPendingDraft() {
  const { patchDrafts, refreshState } = useStudioCache();
  return (draft: StudioDraft) => {
    patchDrafts(draft.identityId, (drafts) => [draft, ...drafts.filter((other) => other.id !== draft.id)]);
    void refreshState();
  };
}

export function useGenerateDraft() {
  const addPending = useAddPendingDraft();
  return useMutation<StudioDraft, ApiError, { identityId: string; idempotencyKey: string }>({
    mutationFn: ({ identityId, idempotencyKey }) =>
      unwrap(
        api.POST('/api/v1/studio/identities/{identityId}/drafts', {
          params: { path: { identityId } },
          headers: { 'Idempotency-Key': idempotencyKey },
        }),
      ),
    onSuccess: addPending,
  });
}

export function useRefineDraft() {
  const addPending = useAddPendingDraft();
  return useMutation<StudioDraft, ApiError, { draftId: string; instruction: string }>({
    mutationFn: ({ draftId, instruction }) =>
      unwrap(
        api.POST('/api/v1/studio/drafts/{draftId}/refine', {
          params: { path: { draftId } },
          body: { instruction },
        }),
      ),
    onSuccess: addPending,
  });
}

/** Makes a draft the identity's picture: the studio, its history and the identities page follow. */
export function useSaveDraft() {
  const { queryClient, patchDrafts, patchState } = useStudioCache();
  return useMutation<unknown, ApiError, StudioDraft>({
    mutationFn: (draft) =>
      unwrap(api.POST('/api/v1/studio/drafts/{draftId}/save', { params: { path: { draftId: draft.id } } })),
    onSuccess: (_identity, draft) => {
      patchDrafts(draft.identityId, (drafts) =>
        drafts.map((other) => ({ ...other, saved: other.id === draft.id })),
      );
      patchState((state) => ({
        ...state,
        identities: state.identities.map((identity) =>
          identity.id === draft.identityId ? { ...identity, savedDraftId: draft.id } : identity,
        ),
      }));
      void queryClient.invalidateQueries({ queryKey: identitiesQueryKey });
    },
  });
}

export function useDeleteDraft() {
  const { queryClient, patchDrafts, patchState } = useStudioCache();
  return useMutation<void, ApiError, StudioDraft>({
    mutationFn: async (draft) => {
      await unwrap(
        api.DELETE('/api/v1/studio/drafts/{draftId}', { params: { path: { draftId: draft.id } } }),
      );
    },
    onSuccess: (_data, draft) => {
      patchDrafts(draft.identityId, (drafts) => drafts.filter((other) => other.id !== draft.id));
      patchState((state) => ({
        ...state,
        identities: state.identities.map((identity) =>
          identity.id === draft.identityId
            ? {
                ...identity,
                draftCount: Math.max(0, identity.draftCount - 1),
                savedDraftId: identity.savedDraftId === draft.id ? null : identity.savedDraftId,
              }
            : identity,
        ),
      }));
      if (draft.saved) {
        void queryClient.invalidateQueries({ queryKey: identitiesQueryKey });
      }
    },
  });
}
