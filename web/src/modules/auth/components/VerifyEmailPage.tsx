import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { useVerifyEmail } from '@/modules/auth/api/useVerifyEmail';
import { LinkProblemCard } from '@/modules/auth/components/LinkProblemCard';
import { ResendVerificationForm } from '@/modules/auth/components/ResendVerificationForm';
import { StatusCard } from '@/modules/auth/components/StatusCard';
import { useLinkToken } from '@/modules/auth/hooks/useLinkToken';
import { linkProblemOf } from '@/modules/auth/lib/linkProblem';
import { Button } from '@/modules/ui/components/Button';

const signInAction = (
  <Button asChild size="lg">
    <Link to="/login">Sign in</Link>
  </Button>
);

/** `/verify-email#token=…`: confirms the address as soon as the page opens. */
export function VerifyEmailPage() {
  useDocumentTitle('Confirm your email');
  const token = useLinkToken();
  const { mutate, status, error } = useVerifyEmail();
  // The link works once: never send the same token twice (StrictMode runs effects twice).
  const sentFor = useRef<string>(undefined);

  useEffect(() => {
    if (token === undefined || sentFor.current === token) {
      return;
    }
    sentFor.current = token;
    mutate({ token });
  }, [token, mutate]);

  const problem = token === undefined ? 'missing' : linkProblemOf(error);
  if (problem) {
    return (
      <LinkProblemCard
        flow="verify-email"
        problem={problem}
        actions={problem === 'used' ? signInAction : <ResendVerificationForm />}
      />
    );
  }

  switch (status) {
    case 'success':
      return (
        <StatusCard tone="success" title="Your email is confirmed" actions={signInAction}>
          <p>Thank you — your account is all set. Sign in whenever you’re ready to talk with your coach.</p>
        </StatusCard>
      );
    case 'error':
      return (
        <StatusCard
          tone="problem"
          title="We couldn’t confirm your email just now"
          actions={
            <Button size="lg" onClick={() => token && mutate({ token })}>
              Try again
            </Button>
          }
        >
          <p>{error?.message}</p>
        </StatusCard>
      );
    case 'idle':
    case 'pending':
      return <StatusCard tone="pending" title="Confirming your email…" />;
  }
}
