import { useMutation } from '@tanstack/react-query';
import type { ApiError } from '@/modules/api/ApiError';
import { API_PREFIX, apiFetch } from '@/modules/api/apiFetch';
import type { AcceptedResponse, ResetPasswordRequest } from '@/modules/api/types';

/** `POST /auth/reset-password`: sets the new password; every session of the account ends. */
export function useResetPassword() {
  return useMutation<AcceptedResponse, ApiError, ResetPasswordRequest>({
    mutationKey: ['auth', 'reset-password'],
    mutationFn: (body) =>
      apiFetch<AcceptedResponse>(`${API_PREFIX}/auth/reset-password`, { method: 'POST', body }),
  });
}
