import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { useInvitePreview } from '@/modules/auth/api/useInvitePreview';
import { AcceptInviteForm } from '@/modules/auth/components/AcceptInviteForm';
import { AuthCard } from '@/modules/auth/components/AuthCard';
import { LinkProblemCard } from '@/modules/auth/components/LinkProblemCard';
import { StatusCard } from '@/modules/auth/components/StatusCard';
import { useLinkToken } from '@/modules/auth/hooks/useLinkToken';
import { type LinkProblem, linkProblemOf } from '@/modules/auth/lib/linkProblem';
import { ONBOARDING_PATH } from '@/modules/auth/lib/onboarding';
import { Button } from '@/modules/ui/components/Button';
import { formatDateTime } from '@/modules/ui/lib/formatDateTime';

/** `/invite#token=…`: the page an invitation email links to. */
export function InvitePage() {
  useDocumentTitle('Accept your invitation');
  const token = useLinkToken();
  const navigate = useNavigate();
  const preview = useInvitePreview(token);
  // Set when the link stops working between opening the page and sending the form.
  const [lateProblem, setLateProblem] = useState<LinkProblem>();

  const problem: LinkProblem | undefined =
    token === undefined ? 'missing' : (lateProblem ?? linkProblemOf(preview.error));
  if (token === undefined || problem) {
    const shown = problem ?? 'missing';
    return (
      <LinkProblemCard
        flow="invite"
        problem={shown}
        focusOnMount={lateProblem !== undefined}
        actions={
          shown === 'used' ? (
            <Button asChild size="lg">
              <Link to="/login">Sign in</Link>
            </Button>
          ) : (
            <Button asChild size="lg" variant="secondary">
              <Link to="/">Visit the Dev Coach home page</Link>
            </Button>
          )
        }
      />
    );
  }

  if (preview.isError) {
    return (
      <StatusCard
        tone="problem"
        title="We couldn’t open your invitation"
        actions={
          <Button size="lg" onClick={() => void preview.refetch()} disabled={preview.isFetching}>
            {preview.isFetching ? 'Trying again…' : 'Try again'}
          </Button>
        }
      >
        <p>{preview.error.message}</p>
      </StatusCard>
    );
  }

  if (!preview.data) {
    return <StatusCard tone="pending" title="Opening your invitation…" />;
  }

  const { email, expiresAt } = preview.data;
  return (
    <AuthCard
      title="Welcome to Dev Coach"
      description={
        <>
          <p>
            You’ve been invited to join as{' '}
            <strong className="font-semibold break-words text-ink">{email}</strong>. Tell us your name and
            choose a password to get started.
          </p>
          <p className="mt-3 text-sm">This invitation is open until {formatDateTime(expiresAt)}.</p>
        </>
      }
      footer={
        <>
          Already set up?{' '}
          <Link
            to="/login"
            className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800"
          >
            Sign in
          </Link>
        </>
      }
    >
      <AcceptInviteForm
        token={token}
        email={email}
        onAccepted={() => void navigate({ to: ONBOARDING_PATH, replace: true })}
        onLinkProblem={setLateProblem}
      />
    </AuthCard>
  );
}
