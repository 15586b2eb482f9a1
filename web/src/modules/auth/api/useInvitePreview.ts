import type { components } from '@dev-coach/api-client';
import { type ApiError, unwrap } from '@dev-coach/frontend-api';
import { useQuery } from '@tanstack/react-query';
import { api } from '@/modules/api/client';

/** `GET /auth/invites/:token`: who the invitation is for and until when it works. */
export function useInvitePreview(token: string | undefined) {
  return useQuery<components['schemas']['InvitePreviewDto'], ApiError>({
    queryKey: ['invite-preview', token],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/auth/invites/{token}', { params: { path: { token: token ?? '' } }, signal })),
    enabled: token !== undefined,
    // A link's state only changes when someone uses it; a 400 (expired, used) is final.
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
}
