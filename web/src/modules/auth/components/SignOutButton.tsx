import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useLogout } from '@/modules/auth/api/useLogout';
import { authQueryKeyRoot } from '@/modules/auth/api/meQuery';
import { Button, type ButtonProps } from '@/modules/ui/components/Button';

export type SignOutButtonProps = Omit<ButtonProps, 'onClick' | 'asChild' | 'children'>;

/** Ends the session on the server, then forgets the person and goes to the sign-in page. */
export function SignOutButton({ disabled, ...buttonProps }: SignOutButtonProps) {
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

  return (
    <div className="flex flex-col items-start gap-2">
      <Button {...buttonProps} onClick={signOut} disabled={disabled || logout.isPending}>
        {logout.isPending ? 'Signing out…' : 'Sign out'}
      </Button>
      <div role="alert" className="text-sm font-medium text-clay-600">
        {logout.error ? `We couldn’t sign you out: ${logout.error.message}` : null}
      </div>
    </div>
  );
}
