import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { AuthCard } from '@/modules/auth/components/AuthCard';
import { LoginForm } from '@/modules/auth/components/LoginForm';
import { Notice } from '@/modules/auth/components/Notice';
import { loginNoticeText } from '@/modules/auth/lib/loginNotice';

const loginRoute = getRouteApi('/login');

export function LoginPage() {
  useDocumentTitle('Sign in');
  const navigate = useNavigate();
  const { notice } = loginRoute.useSearch();

  return (
    <AuthCard
      title="Welcome back"
      description="Sign in to continue your conversation with your coach."
      footer={
        <>
          New here?{' '}
          <Link
            to="/"
            className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800"
          >
            Learn what Dev Coach is about
          </Link>
        </>
      }
    >
      {notice ? <Notice>{loginNoticeText(notice)}</Notice> : null}
      <LoginForm onSuccess={() => void navigate({ to: '/app' })} />
    </AuthCard>
  );
}
