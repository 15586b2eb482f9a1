import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { meQueryOptions } from '@/modules/auth/api/meQuery';

const linkClasses =
  'rounded-full px-4 py-2 text-sm font-medium text-brand-700 transition-colors hover:bg-brand-50 data-[status=active]:bg-brand-50';

/**
 * "Sign in", or a way back to the signed-in home once we know who is here. Reads the cache only:
 * visitors who never signed in cause no `/me` request.
 */
export function AccountNavLink() {
  const { data: me } = useQuery({ ...meQueryOptions(), enabled: false });
  if (me) {
    return (
      <Link to="/app" className={linkClasses}>
        Your space
      </Link>
    );
  }
  return (
    <Link to="/login" className={linkClasses}>
      Sign in
    </Link>
  );
}
