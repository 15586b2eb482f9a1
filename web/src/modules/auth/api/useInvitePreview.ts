import { useQuery } from '@tanstack/react-query';
import type { ApiError } from '@/modules/api/ApiError';
import { API_PREFIX, apiFetch } from '@/modules/api/apiFetch';
import type { InvitePreview } from '@/modules/api/types';

/** `GET /auth/invites/:token`: who the invitation is for and until when it works. */
export function useInvitePreview(token: string | undefined) {
  return useQuery<InvitePreview, ApiError>({
    queryKey: ['invite-preview', token],
    queryFn: ({ signal }) =>
      apiFetch<InvitePreview>(`${API_PREFIX}/auth/invites/${encodeURIComponent(token ?? '')}`, { signal }),
    enabled: token !== undefined,
    // A link's state only changes when someone uses it; a 400 (expired, used) is final.
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
}
