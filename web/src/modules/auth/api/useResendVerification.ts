import { useMutation } from '@tanstack/react-query';
import type { ApiError } from '@/modules/api/ApiError';
import { API_PREFIX, apiFetch } from '@/modules/api/apiFetch';
import type { AcceptedResponse, ResendVerificationRequest } from '@/modules/api/types';

/** `POST /auth/resend-verification`: always 202, whether or not the address has an account. */
export function useResendVerification() {
  return useMutation<AcceptedResponse, ApiError, ResendVerificationRequest>({
    mutationKey: ['auth', 'resend-verification'],
    mutationFn: (body) =>
      apiFetch<AcceptedResponse>(`${API_PREFIX}/auth/resend-verification`, { method: 'POST', body }),
  });
}
