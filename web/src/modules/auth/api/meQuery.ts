import type { components } from '@dev-coach/api-client';
import { type ApiError, unwrap } from '@dev-coach/frontend-api';
import { queryOptions } from '@tanstack/react-query';
import { api } from '@/modules/api/client';

/** The signed-in person (`UserResponseDto`). */
export type User = components['schemas']['UserResponseDto'];

/** Everything cached under this prefix belongs to the signed-in person and goes at sign-out. */
export const authQueryKeyRoot = 'auth';
export const meQueryKey = [authQueryKeyRoot, 'me'] as const;

/** `GET /api/v1/me`: the signed-in person; rejects with a 401 ApiError when nobody is. */
export function meQueryOptions() {
  return queryOptions<User, ApiError>({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me', { signal })),
    staleTime: 60_000,
  });
}
