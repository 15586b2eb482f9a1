import { Link } from '@tanstack/react-router';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { StatusCard } from '@/modules/auth/components/StatusCard';
import { Button } from '@/modules/ui/components/Button';

/** `/signup/check-email`: after open sign-up, until the confirmation link is used. */
export function CheckEmailPage() {
  useDocumentTitle('Check your email');
  return (
    <StatusCard
      tone="success"
      title="Check your email"
      focusOnMount
      actions={
        <Button asChild size="lg" variant="secondary">
          <Link to="/login">Go to sign in</Link>
        </Button>
      }
    >
      <p>
        We’ve sent you a link to confirm your address. Open it within 24 hours, then sign in with the password
        you chose.
      </p>
      <p>Nothing there after a few minutes? Have a look in your spam folder.</p>
    </StatusCard>
  );
}
