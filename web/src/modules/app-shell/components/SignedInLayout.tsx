import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { type CSSProperties, useRef } from 'react';
import { AppNavLinks } from '@/modules/app-shell/components/AppNavLinks';
import { BrandMark } from '@/modules/app-shell/components/BrandMark';
import { ThemeToggle } from '@/modules/app-shell/components/ThemeToggle';
import { useMeasuredHeight } from '@/modules/app-shell/hooks/useMeasuredHeight';
import { useDemoCoach } from '@/modules/auth/api/useSignupMode';
import { SignOutButton } from '@/modules/auth/components/SignOutButton';
import { ONBOARDING_PATH } from '@/modules/auth/lib/onboarding';
import { DemoModeBadge } from '@/modules/coach/components/DemoModeBadge';

function Brand() {
  return (
    <Link
      to="/app"
      className="-m-1 flex items-center gap-2.5 rounded-lg p-1 font-serif text-lg font-semibold tracking-tight text-ink"
    >
      <BrandMark className="size-7" />
      <span>Dev Coach</span>
    </Link>
  );
}

/**
 * The frame of every signed-in page: a sidebar on wider screens; on phones (≤ 640 px) a top bar
 * and tabs along the bottom, where thumbs reach. Onboarding shows no navigation: it comes first.
 */
export function SignedInLayout() {
  const onboarding = useRouterState({ select: (state) => state.location.pathname === ONBOARDING_PATH });
  const demoMode = useDemoCoach();
  const header = useRef<HTMLElement>(null);
  const headerHeight = useMeasuredHeight(header);
  // Pages exactly one screen tall on phones (the chat) subtract the top bar by this variable.
  const frame =
    headerHeight === undefined
      ? undefined
      : ({ '--app-header-height': `${headerHeight}px` } as CSSProperties);

  return (
    <div className="min-h-dvh sm:flex" style={frame}>
      {onboarding ? null : (
        <aside className="sticky top-0 hidden h-dvh w-60 shrink-0 flex-col border-r border-line/70 px-4 py-5 sm:flex">
          <Brand />
          <DemoModeBadge active={demoMode} className="mt-4" />
          <nav aria-label="Main" className="mt-8">
            <AppNavLinks layout="sidebar" />
          </nav>
          <div className="mt-auto flex flex-col items-start gap-2 border-t border-line/70 pt-4">
            <ThemeToggle showLabel />
            <SignOutButton variant="ghost" className="px-3!" />
          </div>
        </aside>
      )}
      <header
        ref={header}
        className={`sticky top-0 z-20 flex flex-wrap items-center justify-between gap-x-3 gap-y-1.5 border-b border-line/70 bg-paper/95 px-4 py-2.5 backdrop-blur ${onboarding ? '' : 'sm:hidden'}`}
      >
        <Brand />
        <div className="flex items-center gap-1">
          <ThemeToggle />
          <SignOutButton variant="ghost" compact />
        </div>
        <DemoModeBadge active={demoMode} className="basis-full justify-center" />
      </header>
      <main
        id="main"
        tabIndex={-1}
        className={`min-w-0 flex-1 focus:outline-none ${onboarding ? '' : 'pb-20 sm:pb-0'}`}
      >
        <Outlet />
      </main>
      {onboarding ? null : (
        <nav
          aria-label="Main"
          className="fixed inset-x-0 bottom-0 z-20 border-t border-line/70 bg-paper/95 pb-[env(safe-area-inset-bottom)] backdrop-blur sm:hidden"
        >
          <AppNavLinks layout="tabs" />
        </nav>
      )}
    </div>
  );
}
