import { useMutation } from '@tanstack/react-query';
import type { ApiError } from '@/modules/api/ApiError';
import { API_PREFIX, apiFetch } from '@/modules/api/apiFetch';
import type { AcceptedResponse, VerifyEmailRequest } from '@/modules/api/types';

/** `POST /auth/verify-email`: uses up the emailed token and marks the address confirmed. */
export function useVerifyEmail() {
  return useMutation<AcceptedResponse, ApiError, VerifyEmailRequest>({
    mutationKey: ['auth', 'verify-email'],
    mutationFn: (body) =>
      apiFetch<AcceptedResponse>(`${API_PREFIX}/auth/verify-email`, { method: 'POST', body }),
  });
}
