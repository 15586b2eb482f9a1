import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type RouterHistory,
} from '@tanstack/react-router';
import { AppShell } from '@/modules/app-shell/components/AppShell';
import { RouteError } from '@/modules/app-shell/components/RouteError';
import { RoutePending } from '@/modules/app-shell/components/RoutePending';
import { redirectIfSignedIn, requireSignedIn } from '@/modules/auth/lib/guards';
import { coachMessagesQueryOptions, coachStateQueryOptions } from '@/modules/chat/api/coachQueries';
import { validateLoginSearch } from '@/modules/auth/lib/loginNotice';
import { LandingPage } from '@/modules/landing/components/LandingPage';
import { NotFoundPage } from '@/modules/not-found/components/NotFoundPage';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppShell,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

// The landing page ships in the entry chunk: it is what most first visits see. Every other page
// is its own lazily loaded chunk.
const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: LandingPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: validateLoginSearch,
  beforeLoad: ({ context, search }) => redirectIfSignedIn(context.queryClient, search),
  component: lazyRouteComponent(() => import('@/modules/auth/components/LoginPage'), 'LoginPage'),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: lazyRouteComponent(
    () => import('@/modules/auth/components/ForgotPasswordPage'),
    'ForgotPasswordPage',
  ),
});

// Pages behind the links in our emails (backend/src/auth/services/account-mail.service.ts and
// invites.service.ts); the one-time token is in the fragment: `/invite#token=…`.
const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invite',
  component: lazyRouteComponent(() => import('@/modules/auth/components/InvitePage'), 'InvitePage'),
});

const verifyEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify-email',
  component: lazyRouteComponent(() => import('@/modules/auth/components/VerifyEmailPage'), 'VerifyEmailPage'),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  component: lazyRouteComponent(
    () => import('@/modules/auth/components/ResetPasswordPage'),
    'ResetPasswordPage',
  ),
});

const signupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/signup',
  beforeLoad: ({ context }) => redirectIfSignedIn(context.queryClient),
  component: lazyRouteComponent(() => import('@/modules/auth/components/SignupPage'), 'SignupPage'),
});

const checkEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/signup/check-email',
  component: lazyRouteComponent(() => import('@/modules/auth/components/CheckEmailPage'), 'CheckEmailPage'),
});

// Every signed-in page sits under this one guarded layout: nobody signed in (even after a refresh
// attempt) → `/login?redirect=…`; no first name yet → onboarding.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/app',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(
    () => import('@/modules/app-shell/components/SignedInLayout'),
    'SignedInLayout',
  ),
});

const chatRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  // The conversation is fetched while the page's code downloads, not after it has arrived (LCP;
  // see docs/web.md). Not awaited: the page shows its own loading and error states.
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(coachStateQueryOptions());
    void context.queryClient.prefetchInfiniteQuery(coachMessagesQueryOptions());
  },
  component: lazyRouteComponent(() => import('@/modules/chat/components/ChatPage'), 'ChatPage'),
});

const onboardingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/welcome',
  component: lazyRouteComponent(() => import('@/modules/auth/components/OnboardingPage'), 'OnboardingPage'),
});

const identitiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/identities',
  component: lazyRouteComponent(
    () => import('@/modules/identities/components/IdentitiesPage'),
    'IdentitiesPage',
  ),
});

const memoryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/memory',
  component: lazyRouteComponent(() => import('@/modules/memory/components/MemoryPage'), 'MemoryPage'),
});

// The studio is its own lazily loaded chunk: none of its code weighs on the chat route.
const studioRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/studio',
  validateSearch: (search: Record<string, unknown>): { identity?: string } =>
    typeof search.identity === 'string' && search.identity !== '' ? { identity: search.identity } : {},
  component: lazyRouteComponent(() => import('@/modules/studio/components/StudioPage'), 'StudioPage'),
});

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account',
  component: lazyRouteComponent(() => import('@/modules/account/components/AccountPage'), 'AccountPage'),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  loginRoute,
  forgotPasswordRoute,
  inviteRoute,
  verifyEmailRoute,
  resetPasswordRoute,
  signupRoute,
  checkEmailRoute,
  appRoute.addChildren([chatRoute, onboardingRoute, identitiesRoute, studioRoute, memoryRoute, accountRoute]),
]);

export interface AppRouterOptions {
  /** Browser history by default; tests pass a memory history. */
  history?: RouterHistory;
}

export function createAppRouter(queryClient: QueryClient, { history }: AppRouterOptions = {}) {
  return createRouter({
    routeTree,
    history,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPendingComponent: RoutePending,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
