import type { components } from '@dev-coach/api-client';
import { type ApiError, unwrap } from '@dev-coach/frontend-api';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/modules/api/client';
import { authQueryKeyRoot } from '@/modules/auth/api/meQuery';

export type Note = components['schemas']['NoteResponseDto'];

export const notesQueryKey = [authQueryKeyRoot, 'notes'] as const;

export function notesQueryOptions() {
  return queryOptions<Note[], ApiError>({
    queryKey: notesQueryKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/notes', { signal })),
  });
}

export function useUpdateNote() {
  const queryClient = useQueryClient();
  return useMutation<Note, ApiError, { id: string; text: string }>({
    mutationFn: ({ id, text }) =>
      unwrap(api.PATCH('/api/v1/notes/{id}', { params: { path: { id } }, body: { text } })),
    onSuccess: (updated) => {
      queryClient.setQueryData<Note[]>(notesQueryKey, (list) =>
        list?.map((note) => (note.id === updated.id ? updated : note)),
      );
    },
  });
}

export function useDeleteNote() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, string>({
    mutationFn: async (id) => {
      await unwrap(api.DELETE('/api/v1/notes/{id}', { params: { path: { id } } }));
    },
    onSuccess: (_data, id) => {
      queryClient.setQueryData<Note[]>(notesQueryKey, (list) => list?.filter((note) => note.id !== id));
    },
  });
}
