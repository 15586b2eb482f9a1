import { useQuery } from '@tanstack/react-query';
import { CoachingResetSection } from '@/modules/account/components/CoachingResetSection';
import { AccountSection } from '@/modules/account/components/AccountSection';
import { PasswordSection } from '@/modules/account/components/PasswordSection';
import { SessionsSection } from '@/modules/account/components/SessionsSection';
import { TwoFactorSection } from '@/modules/account/components/TwoFactorSection';
import { YourDataSection } from '@/modules/account/components/YourDataSection';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { meQueryOptions } from '@/modules/auth/api/meQuery';
import { ProfileForm } from '@/modules/auth/components/ProfileForm';
import { StatusCard } from '@/modules/auth/components/StatusCard';
import { PageHeader } from '@/modules/ui/components/PageHeader';

/** `/app/account`: profile, sign-in security, devices, and the big buttons. */
export function AccountPage() {
  useDocumentTitle('Account');
  const me = useQuery(meQueryOptions());
  if (!me.data) {
    return <StatusCard tone="pending" title="Loading your account…" />;
  }
  const user = me.data;

  return (
    <div className="mx-auto max-w-3xl px-5 py-8 sm:px-8 sm:py-12">
      <PageHeader
        title="Account"
        description={<span className="break-words">Signed in as {user.email}</span>}
      />
      <div className="mt-8 space-y-6">
        <AccountSection title="Profile">
          <ProfileForm
            defaults={{ firstName: user.firstName, lastName: user.lastName, timezone: user.timezone }}
            submitLabel="Save profile"
            pendingLabel="Saving…"
          />
        </AccountSection>
        <PasswordSection />
        <TwoFactorSection user={user} />
        <SessionsSection />
        <CoachingResetSection />
        <YourDataSection />
      </div>
    </div>
  );
}
