import { useQuery } from '@tanstack/react-query';
import { sessionsQueryOptions, useSignOutOtherSessions } from '@/modules/account/api/account';
import { AccountSection } from '@/modules/account/components/AccountSection';
import { describeSession } from '@/modules/account/lib/describeSession';
import { Button } from '@/modules/ui/components/Button';
import { formatDateTime } from '@/modules/ui/lib/formatDateTime';

/** Where the account is signed in, and a way to end every other sign-in. */
export function SessionsSection() {
  const sessions = useQuery(sessionsQueryOptions());
  const signOutOthers = useSignOutOtherSessions();
  const others = sessions.data?.filter((session) => !session.current) ?? [];

  return (
    <AccountSection
      title="Where you’re signed in"
      description="Don’t recognise one? Sign it out and change your password."
    >
      {sessions.isError ? (
        <p role="alert" className="text-clay-600">
          {sessions.error.message}
        </p>
      ) : !sessions.data ? (
        <p role="status" className="text-ink-soft">
          Loading…
        </p>
      ) : (
        <>
          <ul className="divide-y divide-line/70">
            {sessions.data.map((session) => (
              <li
                key={session.id}
                className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3"
              >
                <span className="font-medium text-ink">
                  {describeSession(session)}
                  {session.current ? (
                    <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">
                      This device
                    </span>
                  ) : null}
                </span>
                <span className="text-sm text-ink-soft">
                  Last active {formatDateTime(session.lastUsedAt)}
                </span>
              </li>
            ))}
          </ul>
          <div className="mt-5 flex flex-wrap items-center gap-4">
            <Button
              variant="secondary"
              disabled={others.length === 0 || signOutOthers.isPending}
              onClick={() => signOutOthers.mutate(sessions.data)}
            >
              {signOutOthers.isPending ? 'Signing out…' : 'Sign out everywhere else'}
            </Button>
            <p role="status" className="text-sm text-ink-soft">
              {signOutOthers.error
                ? `We couldn’t sign out every device: ${signOutOthers.error.message}`
                : others.length === 0
                  ? 'You’re only signed in here.'
                  : null}
            </p>
          </div>
        </>
      )}
    </AccountSection>
  );
}
