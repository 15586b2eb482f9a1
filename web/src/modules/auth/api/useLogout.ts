import { useMutation } from '@tanstack/react-query';
import type { ApiError } from '@/modules/api/ApiError';
import { API_PREFIX, apiFetch } from '@/modules/api/apiFetch';

/**
 * Ends this browser's session (`POST /auth/logout`; `apiFetch` adds the CSRF header). The caller
 * forgets the cached person once it has left the signed-in pages.
 */
export function useLogout() {
  return useMutation<void, ApiError, void>({
    mutationKey: ['auth', 'logout'],
    mutationFn: () => apiFetch<void>(`${API_PREFIX}/auth/logout`, { method: 'POST' }),
  });
}
