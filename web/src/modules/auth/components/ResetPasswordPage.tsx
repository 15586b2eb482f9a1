import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { AuthCard } from '@/modules/auth/components/AuthCard';
import { LinkProblemCard } from '@/modules/auth/components/LinkProblemCard';
import { ResetPasswordForm } from '@/modules/auth/components/ResetPasswordForm';
import { useLinkToken } from '@/modules/auth/hooks/useLinkToken';
import type { LinkProblem } from '@/modules/auth/lib/linkProblem';
import { Button } from '@/modules/ui/components/Button';

/** `/reset-password#token=…`: choose a new password from the emailed link. */
export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const token = useLinkToken();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<LinkProblem>();

  if (token === undefined || problem) {
    const shown = problem ?? 'missing';
    return (
      <LinkProblemCard
        flow="reset-password"
        problem={shown}
        focusOnMount={problem !== undefined}
        actions={
          <>
            <Button asChild size="lg">
              <Link to="/forgot-password">Ask for a new link</Link>
            </Button>
            {shown === 'used' ? (
              <Button asChild size="lg" variant="ghost">
                <Link to="/login">Sign in</Link>
              </Button>
            ) : null}
          </>
        }
      />
    );
  }

  return (
    <AuthCard
      title="Choose a new password"
      description="Pick one you haven’t used here before. Once it’s saved, you’ll sign in again with it on every device."
      footer={
        <Link
          to="/login"
          className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800"
        >
          Back to sign in
        </Link>
      }
    >
      <ResetPasswordForm
        token={token}
        onReset={() => void navigate({ to: '/login', search: { notice: 'password-reset' } })}
        onLinkProblem={setProblem}
      />
    </AuthCard>
  );
}
