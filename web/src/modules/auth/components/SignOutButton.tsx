import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useLogout } from '@/modules/auth/api/useLogout';
import { authQueryKeyRoot } from '@/modules/auth/api/meQuery';
import { Button, type ButtonProps } from '@/modules/ui/components/Button';

export interface SignOutButtonProps extends Omit<ButtonProps, 'onClick' | 'asChild' | 'children'> {
  /** For tight spaces such as the phone top bar: a problem shows in the button's title. */
  compact?: boolean;
}

/** Ends the session on the server, then forgets the person and goes to the sign-in page. */
export function SignOutButton({ disabled, compact = false, ...buttonProps }: SignOutButtonProps) {
  const logout = useLogout();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  async function leave() {
    // Leave the signed-in page first, so nothing on it asks for the session we just ended.
    await navigate({ to: '/login', search: { notice: 'signed-out' } });
    // Reset (not just remove) so components still showing the person, like the header, update.
    await queryClient.resetQueries({ queryKey: [authQueryKeyRoot] });
  }

  function signOut() {
    logout.mutate(undefined, { onSuccess: () => void leave() });
  }

  const button = (
    <Button {...buttonProps} onClick={signOut} disabled={disabled || logout.isPending}>
      {logout.isPending ? 'Signing out…' : 'Sign out'}
    </Button>
  );
  const problem = logout.error ? `We couldn’t sign you out: ${logout.error.message}` : null;
  if (compact) {
    return (
      <>
        {button}
        <span role="alert" className="sr-only">
          {problem}
        </span>
      </>
    );
  }

  return (
    <div className="flex flex-col items-start gap-2">
      {button}
      <div role="alert" className="text-sm font-medium text-clay-600">
        {problem}
      </div>
    </div>
  );
}
