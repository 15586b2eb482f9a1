import type { TurnFailure } from '@/modules/chat/hooks/useCoachTurn';
import { describeFailure } from '@/modules/chat/lib/turnFailure';
import { Button } from '@/modules/ui/components/Button';

export interface TurnFailureNoticeProps {
  failure: TurnFailure;
  onRetry: () => void;
  /** Puts the unsent text back in the composer; only when nothing was saved. */
  onEdit: (() => void) | null;
  onDismiss: () => void;
}

/** A failed turn, said plainly, with the way forward. */
export function TurnFailureNotice({ failure, onRetry, onEdit, onDismiss }: TurnFailureNoticeProps) {
  const { message, retryable } = describeFailure(failure);
  return (
    <div
      role="alert"
      className="mx-3 mb-2 rounded-2xl border border-clay-600/30 bg-clay-100 px-4 py-3 text-sm text-ink sm:mx-5"
    >
      <p>{message}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        {retryable ? (
          <Button size="md" onClick={onRetry}>
            Try again
          </Button>
        ) : null}
        {onEdit ? (
          <Button size="md" variant="secondary" onClick={onEdit}>
            Edit message
          </Button>
        ) : null}
        {!retryable && !onEdit ? (
          <Button size="md" variant="secondary" onClick={onDismiss}>
            Dismiss
          </Button>
        ) : null}
      </div>
    </div>
  );
}
