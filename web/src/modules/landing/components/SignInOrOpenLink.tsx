import { Link } from '@tanstack/react-router';
import { useKnownUser } from '@/modules/auth/api/useKnownUser';

/** The landing page's call to action: "Sign in", or "Open the app" for someone already signed in. */
export function SignInOrOpenLink(props: { className?: string }) {
  const { user } = useKnownUser();
  return user ? (
    <Link to="/app" {...props}>
      Open the app
    </Link>
  ) : (
    <Link to="/login" {...props}>
      Sign in
    </Link>
  );
}
