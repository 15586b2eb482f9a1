import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { useSignupMode } from '@/modules/auth/api/useSignupMode';
import { AuthCard } from '@/modules/auth/components/AuthCard';
import { LoginForm } from '@/modules/auth/components/LoginForm';
import { Notice } from '@/modules/auth/components/Notice';
import { loginNoticeText } from '@/modules/auth/lib/loginNotice';
import { safeRedirectPath } from '@/modules/auth/lib/redirectTarget';

const loginRoute = getRouteApi('/login');

export const footerLinkClasses =
  'font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800';

export function LoginPage() {
  useDocumentTitle('Sign in');
  const navigate = useNavigate();
  const { notice, redirect } = loginRoute.useSearch();
  const signupMode = useSignupMode();

  return (
    <AuthCard
      title="Welcome back"
      description="Sign in to continue your conversation with your coach."
      footer={
        signupMode === 'open' ? (
          <>
            New here?{' '}
            <Link to="/signup" className={footerLinkClasses}>
              Create an account
            </Link>
          </>
        ) : (
          <>
            New here?{' '}
            <Link to="/" className={footerLinkClasses}>
              Learn what Dev Coach is about
            </Link>
          </>
        )
      }
    >
      {notice ? <Notice>{loginNoticeText(notice)}</Notice> : null}
      {/* Checked again here: only ever a same-origin path, never another site. */}
      <LoginForm
        onSuccess={() => void navigate({ href: safeRedirectPath(redirect) ?? '/app', replace: true })}
      />
    </AuthCard>
  );
}
