import { type ApiError, unwrap } from '@dev-coach/frontend-api';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/modules/api/client';

/**
 * Ends this browser's session (`POST /auth/logout`; the client adds the CSRF header and the
 * cookies carry the session, so the body is empty). The caller forgets the cached person once it
 * has left the signed-in pages.
 */
export function useLogout() {
  return useMutation<void, ApiError, void>({
    mutationKey: ['auth', 'logout'],
    mutationFn: async () => {
      await unwrap(api.POST('/api/v1/auth/logout', { body: {} }));
    },
  });
}
