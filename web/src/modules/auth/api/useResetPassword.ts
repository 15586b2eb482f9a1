import type { components } from '@dev-coach/api-client';
import { type ApiError, unwrap } from '@dev-coach/frontend-api';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/modules/api/client';

type Schemas = components['schemas'];

/** `POST /auth/reset-password`: sets the new password; every session of the account ends. */
export function useResetPassword() {
  return useMutation<Schemas['AcceptedResponseDto'], ApiError, Schemas['ResetPasswordDto']>({
    mutationKey: ['auth', 'reset-password'],
    mutationFn: (body) => unwrap(api.POST('/api/v1/auth/reset-password', { body })),
  });
}
