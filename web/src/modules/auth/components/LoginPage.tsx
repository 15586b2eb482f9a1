import { Link, useNavigate } from '@tanstack/react-router';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { LoginForm } from '@/modules/auth/components/LoginForm';

export function LoginPage() {
  useDocumentTitle('Sign in');
  const navigate = useNavigate();

  return (
    <div className="mx-auto flex max-w-md flex-col px-5 py-12 sm:py-20">
      <div className="rounded-3xl border border-line/80 bg-white p-7 shadow-[0_10px_30px_-16px_rgb(31_42_46/0.25)] sm:p-10">
        <h1 className="font-serif text-3xl font-semibold tracking-tight text-ink">Welcome back</h1>
        <p className="mt-2 mb-8 leading-relaxed text-ink-soft">
          Sign in to continue your conversation with your coach.
        </p>
        <LoginForm onSuccess={() => void navigate({ to: '/' })} />
      </div>
      <p className="mt-6 text-center text-sm text-ink-soft">
        New here?{' '}
        <Link to="/" className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800">
          Learn what Dev Coach is about
        </Link>
      </p>
    </div>
  );
}
