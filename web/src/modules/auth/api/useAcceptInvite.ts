import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '@/modules/api/ApiError';
import { API_PREFIX, apiFetch } from '@/modules/api/apiFetch';
import type { AcceptInviteRequest, LoginResponse } from '@/modules/api/types';
import { meQueryKey } from '@/modules/auth/api/meQuery';

/** Sets the password and names; the API answers with the new account and signs it in (cookies). */
export function useAcceptInvite() {
  const queryClient = useQueryClient();
  return useMutation<LoginResponse, ApiError, AcceptInviteRequest>({
    mutationKey: ['auth', 'accept-invite'],
    mutationFn: (body) =>
      apiFetch<LoginResponse>(`${API_PREFIX}/auth/invites/accept`, { method: 'POST', body }),
    onSuccess: (response) => {
      if (response?.user) {
        queryClient.setQueryData(meQueryKey, response.user);
      }
    },
  });
}
