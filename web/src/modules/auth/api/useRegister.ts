import type { components } from '@dev-coach/api-client';
import { type ApiError, unwrap } from '@dev-coach/frontend-api';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/modules/api/client';

type Schemas = components['schemas'];

/** `POST /auth/register` (open sign-up): 202 and a confirmation email, the same for known addresses. */
export function useRegister() {
  return useMutation<Schemas['AcceptedResponseDto'], ApiError, Schemas['RegisterDto']>({
    mutationKey: ['auth', 'register'],
    mutationFn: (body) => unwrap(api.POST('/api/v1/auth/register', { body })),
  });
}
