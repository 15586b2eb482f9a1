export interface FormAlertProps {
  id?: string;
  /** The message to show; nothing is shown while it is empty. */
  message?: string;
}

/**
 * A problem with the whole form (not one field), announced as it appears. The live region stays
 * mounted so screen readers notice when a message is added.
 */
export function FormAlert({ id, message }: FormAlertProps) {
  return (
    <div role="alert" id={id}>
      {message ? (
        <p className="mb-6 rounded-xl border border-clay-600/30 bg-clay-100 px-4 py-3 text-sm leading-relaxed text-ink">
          {message}
        </p>
      ) : null}
    </div>
  );
}
