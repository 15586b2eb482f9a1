import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { useSignupMode } from '@/modules/auth/api/useSignupMode';
import { AuthCard } from '@/modules/auth/components/AuthCard';
import { footerLinkClasses } from '@/modules/auth/components/LoginPage';
import { SignupForm } from '@/modules/auth/components/SignupForm';
import { StatusCard } from '@/modules/auth/components/StatusCard';
import { Button } from '@/modules/ui/components/Button';

/** `/signup`: open sign-up, offered only when the server allows it (`SIGNUP_MODE=open`). */
export function SignupPage() {
  useDocumentTitle('Create your account');
  const navigate = useNavigate();
  const mode = useSignupMode();
  const [closed, setClosed] = useState(false);

  if (mode === undefined) {
    return <StatusCard tone="pending" title="One moment…" />;
  }
  if (mode === 'invite' || closed) {
    return (
      <StatusCard
        tone="problem"
        title="Joining is by invitation"
        focusOnMount={closed}
        actions={
          <Button asChild size="lg" variant="secondary">
            <Link to="/login">Sign in</Link>
          </Button>
        }
      >
        <p>
          Dev Coach is open to invited people for now. If someone has invited you, the link in their email
          sets up your account.
        </p>
      </StatusCard>
    );
  }

  return (
    <AuthCard
      title="Create your account"
      description="A few details and you’re ready to meet your coach."
      footer={
        <>
          Already have an account?{' '}
          <Link to="/login" className={footerLinkClasses}>
            Sign in
          </Link>
        </>
      }
    >
      <SignupForm
        onRegistered={() => void navigate({ to: '/signup/check-email' })}
        onClosed={() => setClosed(true)}
      />
    </AuthCard>
  );
}
