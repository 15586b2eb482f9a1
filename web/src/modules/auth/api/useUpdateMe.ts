import type { components } from '@dev-coach/api-client';
import { type ApiError, unwrap } from '@dev-coach/frontend-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/modules/api/client';
import { meQueryKey, type User } from '@/modules/auth/api/meQuery';

/** `PATCH /me`: names, time zone, memory on/off. The answer replaces the cached person. */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation<User, ApiError, components['schemas']['UpdateMeDto']>({
    mutationKey: ['auth', 'update-me'],
    mutationFn: (body) => unwrap(api.PATCH('/api/v1/me', { body })),
    onSuccess: (user) => {
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}
