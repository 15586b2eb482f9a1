import { Link } from '@tanstack/react-router';
import { useKnownUser } from '@/modules/auth/api/useKnownUser';

const linkClasses =
  'rounded-full px-4 py-2 text-sm font-medium text-brand-700 transition-colors hover:bg-brand-50 data-[status=active]:bg-brand-50';

/** "Sign in", or a way back into the app once we know who is here. */
export function AccountNavLink() {
  const { user, checking } = useKnownUser();
  if (user) {
    return (
      <Link to="/app" className={linkClasses}>
        Open the app
      </Link>
    );
  }
  // While we ask, say nothing rather than "Sign in" to someone who is signed in.
  if (checking) {
    return <span className="inline-block h-9 w-28" aria-hidden="true" />;
  }
  return (
    <Link to="/login" className={linkClasses}>
      Sign in
    </Link>
  );
}
