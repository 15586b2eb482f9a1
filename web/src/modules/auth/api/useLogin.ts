import type { components } from '@dev-coach/api-client';
import { type ApiError, unwrap } from '@dev-coach/frontend-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/modules/api/client';
import { meQueryKey } from '@/modules/auth/api/meQuery';
import type { Credentials } from '@/modules/auth/validation/validateCredentials';

export interface LoginAttempt extends Credentials {
  /** Authenticator or recovery code, for accounts with two-step sign-in. */
  otp?: string;
}

/** Starts a cookie session and remembers who signed in, so the next page needs no `/me` round trip. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation<components['schemas']['LoginResponseDto'], ApiError, LoginAttempt>({
    mutationKey: ['auth', 'login'],
    mutationFn: (credentials) =>
      unwrap(
        api.POST('/api/v1/auth/login', {
          body: {
            email: credentials.email.trim(),
            password: credentials.password,
            ...(credentials.otp === undefined ? {} : { otp: credentials.otp }),
          },
        }),
      ),
    onSuccess: (response) => {
      if (response?.user) {
        queryClient.setQueryData(meQueryKey, response.user);
      }
    },
  });
}
