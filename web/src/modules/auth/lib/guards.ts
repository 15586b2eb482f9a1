import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import { ApiError } from '@dev-coach/frontend-api';
import { meQueryOptions, type User } from '@/modules/auth/api/meQuery';
import type { LoginSearch } from '@/modules/auth/lib/loginNotice';
import { needsOnboarding, ONBOARDING_PATH } from '@/modules/auth/lib/onboarding';
import { mightBeSignedIn } from '@/modules/auth/lib/sessionHint';

interface GuardArgs {
  context: { queryClient: QueryClient };
  location: { pathname: string; href: string };
}

/** The signed-in person, or `undefined` when nobody is (even after the client's refresh attempt). */
export async function loadSignedInUser(queryClient: QueryClient): Promise<User | undefined> {
  try {
    return await queryClient.ensureQueryData(meQueryOptions());
  } catch (error) {
    if (error instanceof ApiError && error.statusCode === 401) {
      return undefined;
    }
    throw error;
  }
}

/**
 * `beforeLoad` of every signed-in page: nobody signed in → the sign-in page, which brings them back
 * here afterwards; no first name yet → onboarding first.
 */
export async function requireSignedIn({ context, location }: GuardArgs): Promise<{ user: User }> {
  const user = await loadSignedInUser(context.queryClient);
  if (!user) {
    // TanStack Router's documented way to redirect from beforeLoad is to throw its redirect.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw redirect({ to: '/login', search: { redirect: location.href }, replace: true });
  }
  if (needsOnboarding(user) && location.pathname !== ONBOARDING_PATH) {
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw redirect({ to: ONBOARDING_PATH, replace: true });
  }
  return { user };
}

/**
 * `beforeLoad` of the sign-in and sign-up pages: someone already signed in goes straight on to
 * where they were heading. Never blocks the page: any problem just shows the form.
 */
export async function redirectIfSignedIn(
  queryClient: QueryClient,
  { notice, redirect: target = '/app' }: LoginSearch = {},
): Promise<void> {
  // Arriving from "Sign out" (or an ended session), the cached person is about to be forgotten.
  if (notice === 'signed-out' || notice === 'session-ended') {
    return;
  }
  if (!mightBeSignedIn() && !queryClient.getQueryData(meQueryOptions().queryKey)) {
    return;
  }
  const user = await loadSignedInUser(queryClient).catch(() => undefined);
  if (user) {
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw redirect({ to: target, replace: true });
  }
}
