import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '@/modules/api/ApiError';
import { API_PREFIX, apiFetch } from '@/modules/api/apiFetch';
import type { LoginRequest, LoginResponse } from '@/modules/api/types';
import { meQueryKey } from '@/modules/auth/api/meQuery';
import type { Credentials } from '@/modules/auth/validation/validateCredentials';

/** Starts a cookie session and remembers who signed in, so the next page needs no `/me` round trip. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation<LoginResponse, ApiError, Credentials>({
    mutationKey: ['auth', 'login'],
    mutationFn: (credentials) =>
      apiFetch<LoginResponse>(`${API_PREFIX}/auth/login`, {
        method: 'POST',
        body: { email: credentials.email.trim(), password: credentials.password } satisfies LoginRequest,
      }),
    onSuccess: (response) => {
      if (response?.user) {
        queryClient.setQueryData(meQueryKey, response.user);
      }
    },
  });
}
