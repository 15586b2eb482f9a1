import type { components } from '@dev-coach/api-client';
import { type ApiError, unwrap } from '@dev-coach/frontend-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/modules/api/client';
import { meQueryKey } from '@/modules/auth/api/meQuery';

type Schemas = components['schemas'];

/** Sets the password and names; the API answers with the new account and signs it in (cookies). */
export function useAcceptInvite() {
  const queryClient = useQueryClient();
  return useMutation<Schemas['LoginResponseDto'], ApiError, Schemas['AcceptInviteDto']>({
    mutationKey: ['auth', 'accept-invite'],
    mutationFn: (body) => unwrap(api.POST('/api/v1/auth/invites/accept', { body })),
    onSuccess: (response) => {
      if (response?.user) {
        queryClient.setQueryData(meQueryKey, response.user);
      }
    },
  });
}
