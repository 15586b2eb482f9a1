import { useMutation } from '@tanstack/react-query';
import type { ApiError } from '@/modules/api/ApiError';
import { API_PREFIX, apiFetch } from '@/modules/api/apiFetch';
import type { Credentials } from '@/modules/auth/validation/validateCredentials';

/** Starts a cookie session. The response body is not used yet. */
export function useLogin() {
  return useMutation<unknown, ApiError, Credentials>({
    mutationKey: ['auth', 'login'],
    mutationFn: (credentials) =>
      apiFetch<unknown>(`${API_PREFIX}/auth/login`, {
        method: 'POST',
        body: { email: credentials.email.trim(), password: credentials.password },
      }),
  });
}
