import type { components } from '@dev-coach/api-client';
import { type ApiError, unwrap } from '@dev-coach/frontend-api';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/modules/api/client';

type Schemas = components['schemas'];

/** `POST /auth/verify-email`: uses up the emailed token and marks the address confirmed. */
export function useVerifyEmail() {
  return useMutation<Schemas['AcceptedResponseDto'], ApiError, Schemas['TokenDto']>({
    mutationKey: ['auth', 'verify-email'],
    mutationFn: (body) => unwrap(api.POST('/api/v1/auth/verify-email', { body })),
  });
}
