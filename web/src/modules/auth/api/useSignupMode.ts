import { ApiError, unwrap } from '@dev-coach/frontend-api';
import { useQuery } from '@tanstack/react-query';
import { api } from '@/modules/api/client';

export type SignupMode = 'open' | 'invite';

/**
 * Whether anyone may create an account (`SIGNUP_MODE=open`) or only invited people.
 *
 * The server does not publish its mode, so we ask the sign-up endpoint with an empty password: in
 * invite mode it refuses with 403 `signup_closed` before looking at anything; in open mode the
 * empty password fails the strength check (400) before any account, email or rate-limit count is
 * made. Either way nothing is stored. Any other answer counts as invite-only (the safe default:
 * hide the sign-up page rather than offer one that cannot work).
 */
async function probeSignupMode(signal: AbortSignal): Promise<SignupMode> {
  try {
    await unwrap(
      api.POST('/api/v1/auth/register', {
        body: { email: 'signup-mode-check@example.invalid', password: '', firstName: '-', lastName: '' },
        signal,
      }),
    );
    return 'open';
  } catch (error) {
    if (error instanceof ApiError && error.statusCode === 400 && error.code === 'password_too_weak') {
      return 'open';
    }
    return 'invite';
  }
}

export function useSignupMode(): SignupMode | undefined {
  const query = useQuery({
    queryKey: ['signup-mode'],
    queryFn: ({ signal }) => probeSignupMode(signal),
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
  return query.data;
}
