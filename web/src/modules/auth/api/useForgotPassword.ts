import { useMutation } from '@tanstack/react-query';
import type { ApiError } from '@/modules/api/ApiError';
import { API_PREFIX, apiFetch } from '@/modules/api/apiFetch';
import type { AcceptedResponse, ForgotPasswordRequest } from '@/modules/api/types';

/** `POST /auth/forgot-password`: always 202 with the same body, so it reveals no accounts. */
export function useForgotPassword() {
  return useMutation<AcceptedResponse, ApiError, ForgotPasswordRequest>({
    mutationKey: ['auth', 'forgot-password'],
    mutationFn: (body) =>
      apiFetch<AcceptedResponse>(`${API_PREFIX}/auth/forgot-password`, { method: 'POST', body }),
  });
}
