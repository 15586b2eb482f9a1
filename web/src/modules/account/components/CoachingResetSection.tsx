import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useResetCoaching } from '@/modules/account/api/account';
import { AccountSection } from '@/modules/account/components/AccountSection';
import { Button } from '@/modules/ui/components/Button';
import { ConfirmDialog } from '@/modules/ui/components/ConfirmDialog';

/** Start the curriculum over: conversation, identities and notes are deleted; the account stays. */
export function CoachingResetSection() {
  const [open, setOpen] = useState(false);
  const reset = useResetCoaching();
  const navigate = useNavigate();

  return (
    <AccountSection
      title="Start your coaching over"
      description="Deletes your conversation, identities and the notes your coach keeps, so you can begin again from the first step. Your account and sign-in stay as they are."
    >
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Reset my coaching…
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => {
          reset.reset();
          setOpen(next);
        }}
        title="Reset your coaching?"
        description="Your conversation, identities and notes will be deleted for good. This can’t be undone."
        confirmLabel="Yes, start over"
        pendingLabel="Resetting…"
        pending={reset.isPending}
        error={reset.error?.message}
        onConfirm={() =>
          reset.mutate(undefined, {
            onSuccess: () => {
              setOpen(false);
              void navigate({ to: '/app' });
            },
          })
        }
      />
    </AccountSection>
  );
}
