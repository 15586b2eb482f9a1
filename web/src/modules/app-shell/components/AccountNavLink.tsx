import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { meQueryOptions } from '@/modules/auth/api/meQuery';
import { mightBeSignedIn } from '@/modules/auth/lib/sessionHint';

const linkClasses =
  'rounded-full px-4 py-2 text-sm font-medium text-brand-700 transition-colors hover:bg-brand-50 data-[status=active]:bg-brand-50';

/**
 * "Sign in", or a way back into the app once we know who is here. Asks `/me` only when this
 * browser may hold a session, so first-time visitors cause no request.
 */
export function AccountNavLink() {
  const {
    data: me,
    isPending,
    fetchStatus,
  } = useQuery({
    ...meQueryOptions(),
    enabled: mightBeSignedIn(),
    retry: false,
  });
  if (me) {
    return (
      <Link to="/app" className={linkClasses}>
        Open the app
      </Link>
    );
  }
  // While we ask, say nothing rather than "Sign in" to someone who is signed in.
  if (isPending && fetchStatus === 'fetching') {
    return <span className="inline-block h-9 w-28" aria-hidden="true" />;
  }
  return (
    <Link to="/login" className={linkClasses}>
      Sign in
    </Link>
  );
}
