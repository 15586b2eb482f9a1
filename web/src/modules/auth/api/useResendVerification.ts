import type { components } from '@dev-coach/api-client';
import { type ApiError, unwrap } from '@dev-coach/frontend-api';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/modules/api/client';

type Schemas = components['schemas'];

/** `POST /auth/resend-verification`: always 202, whether or not the address has an account. */
export function useResendVerification() {
  return useMutation<Schemas['AcceptedResponseDto'], ApiError, Schemas['EmailDto']>({
    mutationKey: ['auth', 'resend-verification'],
    mutationFn: (body) => unwrap(api.POST('/api/v1/auth/resend-verification', { body })),
  });
}
