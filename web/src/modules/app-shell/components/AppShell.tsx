import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { AccountNavLink } from '@/modules/app-shell/components/AccountNavLink';
import { BrandMark } from '@/modules/app-shell/components/BrandMark';
import { SkipLink } from '@/modules/app-shell/components/SkipLink';
import { ThemeToggle } from '@/modules/app-shell/components/ThemeToggle';
import { applyTheme, currentTheme } from '@/modules/app-shell/lib/theme';
import { useDemoCoach } from '@/modules/auth/api/useSignupMode';
import { DemoModeBadge } from '@/modules/coach/components/DemoModeBadge';
import { ServerStatusBanner } from '@/modules/health/components/ServerStatusBanner';

// Before the first paint, so a dark-mode reader never sees a white flash.
applyTheme(currentTheme());

/** Route id of the guarded layout; its pages bring their own navigation (sidebar, tabs). */
const SIGNED_IN_ROUTE_ID = '/app';

export function AppShell() {
  const demoMode = useDemoCoach();
  const signedInArea = useRouterState({
    select: (state) => state.matches.some((match) => match.routeId === SIGNED_IN_ROUTE_ID),
  });

  if (signedInArea) {
    return (
      <>
        <SkipLink />
        <ServerStatusBanner />
        <Outlet />
      </>
    );
  }

  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <ServerStatusBanner />
      <header className="border-b border-line/70">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-3 px-5 py-4 sm:px-8">
          <Link
            to="/"
            className="-m-1 flex items-center gap-2.5 rounded-lg p-1 font-serif text-xl font-semibold tracking-tight text-ink"
          >
            <BrandMark />
            <span>Dev Coach</span>
          </Link>
          <DemoModeBadge active={demoMode} className="order-last sm:order-none sm:ml-auto" />
          <div className="flex items-center gap-1">
            <ThemeToggle />
            <nav aria-label="Main">
              <AccountNavLink />
            </nav>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <Outlet />
      </main>
      <footer className="border-t border-line/70">
        <div className="mx-auto flex max-w-5xl flex-col gap-1 px-5 py-6 text-sm text-ink-soft sm:flex-row sm:justify-between sm:px-8">
          <p>Dev Coach — open-source identity coaching.</p>
          <p>Built in the open, MIT licensed.</p>
        </div>
      </footer>
    </div>
  );
}
