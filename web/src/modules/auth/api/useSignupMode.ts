import type { components } from '@dev-coach/api-client';
import { type ApiError, unwrap } from '@dev-coach/frontend-api';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/modules/api/client';

export type AuthOptions = components['schemas']['AuthOptionsDto'];
export type SignupMode = AuthOptions['signupMode'];

/** `GET /auth/options`: what this installation offers signed-out visitors; fixed until restart. */
export function authOptionsQueryOptions() {
  return queryOptions<AuthOptions, ApiError>({
    queryKey: ['auth-options'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/auth/options', { signal })),
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
}

/**
 * Whether anyone may create an account (`SIGNUP_MODE=open`) or only invited people. Undefined
 * while loading; invite-only if the server cannot say (the safe default: no sign-up page that
 * cannot work).
 */
export function useSignupMode(): SignupMode | undefined {
  const query = useQuery(authOptionsQueryOptions());
  return query.isError ? 'invite' : query.data?.signupMode;
}

/** True while the server's coach is the offline scripted demo. */
export function useDemoCoach(): boolean {
  return useQuery(authOptionsQueryOptions()).data?.coach === 'demo';
}
