import type { ReactNode } from 'react';
import { Button } from '@/modules/ui/components/Button';
import { Dialog, DialogClose } from '@/modules/ui/components/Dialog';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** Shown when the action failed, so the person can try again or cancel. */
  error?: string;
  onConfirm: () => void;
}

/** "Are you sure?" for actions that are hard to undo; Cancel is the safe, first choice. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  pendingLabel,
  pending,
  error,
  onConfirm,
}: ConfirmDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={title} description={description}>
      <div role="alert" className="text-sm font-medium text-clay-600">
        {error ? <p className="mb-4">{error}</p> : null}
      </div>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <DialogClose asChild>
          <Button variant="secondary">Cancel</Button>
        </DialogClose>
        <Button variant="danger" onClick={onConfirm} disabled={pending}>
          {pending ? pendingLabel : confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
