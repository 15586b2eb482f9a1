import type { ComponentPropsWithRef, ReactNode } from 'react';

export interface FormFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id'> {
  id: string;
  label: string;
  error?: string;
  /** Guidance shown under the field (and announced with it), e.g. password rules. */
  hint?: string;
  /** Something to show at the end of the label row, such as a "Forgot your password?" link. */
  labelAside?: ReactNode;
}

/** A labelled text input whose hint and validation message are announced and tied to the field. */
export function FormField({
  id,
  label,
  error,
  hint,
  labelAside,
  className = '',
  ...inputProps
}: FormFieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <div className={className}>
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={id} className="block text-sm font-medium text-ink">
          {label}
        </label>
        {labelAside}
      </div>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={
          'mt-2 block h-12 w-full rounded-xl border bg-white px-4 text-base text-ink shadow-sm transition-colors ' +
          'placeholder:text-ink-soft/60 focus:outline-2 focus:outline-offset-1 focus:outline-brand-600 ' +
          'disabled:bg-paper-deep disabled:text-ink-soft ' +
          (error ? 'border-clay-600' : 'border-line hover:border-ink-soft/40')
        }
        {...inputProps}
      />
      {hint ? (
        <p id={hintId} className="mt-2 text-sm leading-relaxed text-ink-soft">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-2 flex items-start gap-1.5 text-sm font-medium text-clay-600">
          <svg viewBox="0 0 16 16" aria-hidden="true" className="mt-0.5 size-3.5 shrink-0 fill-current">
            <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-.75 3.5h1.5v5h-1.5v-5Zm0 6.25h1.5v1.5h-1.5v-1.5Z" />
          </svg>
          {error}
        </p>
      ) : null}
    </div>
  );
}
