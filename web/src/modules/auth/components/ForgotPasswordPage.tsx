import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { AuthCard } from '@/modules/auth/components/AuthCard';
import { ForgotPasswordForm } from '@/modules/auth/components/ForgotPasswordForm';
import { StatusCard } from '@/modules/auth/components/StatusCard';
import { Button } from '@/modules/ui/components/Button';

const backToSignIn = (
  <Link to="/login" className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800">
    Back to sign in
  </Link>
);

/** `/forgot-password`: asks for a reset link. The answer never reveals whether an account exists. */
export function ForgotPasswordPage() {
  useDocumentTitle('Reset your password');
  const [sentTo, setSentTo] = useState<string>();

  if (sentTo) {
    return (
      <StatusCard
        tone="success"
        title="Check your inbox"
        focusOnMount
        actions={
          <>
            <Button asChild size="lg">
              <Link to="/login">Back to sign in</Link>
            </Button>
            <Button size="lg" variant="ghost" onClick={() => setSentTo(undefined)}>
              Use a different email
            </Button>
          </>
        }
      >
        <p>
          If an account exists for <strong className="font-semibold break-words text-ink">{sentTo}</strong>,
          we’ve sent it a link to choose a new password. The link works for 30 minutes.
        </p>
        <p className="text-sm">
          Nothing there? Have a look in your spam folder, or try again in a few minutes.
        </p>
      </StatusCard>
    );
  }

  return (
    <AuthCard
      title="Forgot your password?"
      description="It happens. Enter the email you use for Dev Coach and we’ll send you a link to choose a new one."
      footer={backToSignIn}
    >
      <ForgotPasswordForm onSent={setSentTo} />
    </AuthCard>
  );
}
