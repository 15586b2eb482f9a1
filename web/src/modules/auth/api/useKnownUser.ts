import { useQuery } from '@tanstack/react-query';
import { meQueryOptions, type User } from '@/modules/auth/api/meQuery';
import { mightBeSignedIn } from '@/modules/auth/lib/sessionHint';

export interface KnownUser {
  user: User | undefined;
  /** Still asking the server: say neither "Sign in" nor "Open the app" yet. */
  checking: boolean;
}

/**
 * Who is signed in, for public pages. Asks `/me` only when this browser may hold a session, so
 * first-time visitors cause no request.
 */
export function useKnownUser(): KnownUser {
  const { data, isPending, fetchStatus } = useQuery({
    ...meQueryOptions(),
    enabled: mightBeSignedIn(),
    retry: false,
  });
  return { user: data, checking: isPending && fetchStatus === 'fetching' };
}
