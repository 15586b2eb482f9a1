import { useArchiveIdentity } from '@/modules/identities/api/identities';
import type { Identity } from '@/modules/identities/lib/labels';
import { ConfirmDialog } from '@/modules/ui/components/ConfirmDialog';

export interface ArchiveIdentityDialogProps {
  identity: Identity;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function ArchiveIdentityDialog({ identity, open, onOpenChange }: ArchiveIdentityDialogProps) {
  const archive = useArchiveIdentity();
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        archive.reset();
        onOpenChange(next);
      }}
      title={`Archive “${identity.name}”?`}
      description="It leaves your list, and your coach stops working on it with you. Its notes stay in your history."
      confirmLabel="Archive"
      pendingLabel="Archiving…"
      pending={archive.isPending}
      error={archive.error?.message}
      onConfirm={() => archive.mutate(identity.id, { onSuccess: () => onOpenChange(false) })}
    />
  );
}
