import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { meQueryOptions } from '@/modules/auth/api/meQuery';
import { AuthCard } from '@/modules/auth/components/AuthCard';
import { ProfileForm } from '@/modules/auth/components/ProfileForm';
import { StatusCard } from '@/modules/auth/components/StatusCard';
import { browserTimeZone } from '@/modules/auth/lib/timeZones';

/**
 * `/app/welcome`: two quick details before the first conversation. Invitations lead here; the
 * guard also sends anyone without a first name here until they give one.
 */
export function OnboardingPage() {
  useDocumentTitle('Welcome');
  const navigate = useNavigate();
  const me = useQuery(meQueryOptions());

  if (!me.data) {
    return <StatusCard tone="pending" title="Getting things ready…" />;
  }

  return (
    <AuthCard
      title={me.data.firstName.trim() ? `Nice to meet you, ${me.data.firstName.trim()}` : 'Nice to meet you'}
      description="Two quick things before you meet your coach. You can change both later under Account."
    >
      <ProfileForm
        defaults={{ firstName: me.data.firstName, lastName: me.data.lastName, timezone: browserTimeZone() }}
        withLastName={false}
        submitLabel="Start coaching"
        pendingLabel="Saving…"
        onSaved={() => void navigate({ to: '/app', replace: true })}
      />
    </AuthCard>
  );
}
