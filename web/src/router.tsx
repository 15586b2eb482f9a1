import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  type RouterHistory,
} from '@tanstack/react-router';
import { ApiError } from '@dev-coach/frontend-api';
import { AppShell } from '@/modules/app-shell/components/AppShell';
import { RouteError } from '@/modules/app-shell/components/RouteError';
import { RoutePending } from '@/modules/app-shell/components/RoutePending';
import { meQueryOptions } from '@/modules/auth/api/meQuery';
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

// Signed-in home. Nobody signed in (even after a refresh attempt) → the sign-in page.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/app',
  beforeLoad: async ({ context }) => {
    try {
      await context.queryClient.ensureQueryData(meQueryOptions());
    } catch (error) {
      if (error instanceof ApiError && error.statusCode === 401) {
        // TanStack Router's documented way to redirect from beforeLoad is to throw its redirect.
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw redirect({ to: '/login', replace: true });
      }
      throw error;
    }
  },
  component: lazyRouteComponent(() => import('@/modules/home/components/HomePage'), 'HomePage'),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  loginRoute,
  forgotPasswordRoute,
  inviteRoute,
  verifyEmailRoute,
  resetPasswordRoute,
  appRoute,
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
