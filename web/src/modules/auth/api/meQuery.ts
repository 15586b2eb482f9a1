import { queryOptions } from '@tanstack/react-query';
import type { ApiError } from '@/modules/api/ApiError';
import { API_PREFIX, apiFetch } from '@/modules/api/apiFetch';
import type { User } from '@/modules/api/types';

/** Everything cached under this prefix belongs to the signed-in person and goes at sign-out. */
export const authQueryKeyRoot = 'auth';
export const meQueryKey = [authQueryKeyRoot, 'me'] as const;

/** `GET /api/v1/me`: the signed-in person; rejects with a 401 ApiError when nobody is. */
export function meQueryOptions() {
  return queryOptions<User, ApiError>({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => apiFetch<User>(`${API_PREFIX}/me`, { signal }),
    staleTime: 60_000,
  });
}
