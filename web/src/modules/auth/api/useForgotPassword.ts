import type { components } from '@dev-coach/api-client';
import { type ApiError, unwrap } from '@dev-coach/frontend-api';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/modules/api/client';

type Schemas = components['schemas'];

/** `POST /auth/forgot-password`: always 202 with the same body, so it reveals no accounts. */
export function useForgotPassword() {
  return useMutation<Schemas['AcceptedResponseDto'], ApiError, Schemas['EmailDto']>({
    mutationKey: ['auth', 'forgot-password'],
    mutationFn: (body) => unwrap(api.POST('/api/v1/auth/forgot-password', { body })),
  });
}
