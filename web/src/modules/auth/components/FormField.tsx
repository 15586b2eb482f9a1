import type { ComponentPropsWithRef } from 'react';

export interface FormFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id'> {
  id: string;
  label: string;
  error?: string;
}

/** A labelled text input whose validation message is announced and tied to the field. */
export function FormField({ id, label, error, className = '', ...inputProps }: FormFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={
          'mt-2 block h-12 w-full rounded-xl border bg-white px-4 text-base text-ink shadow-sm transition-colors ' +
          'placeholder:text-ink-soft/60 focus:outline-2 focus:outline-offset-1 focus:outline-brand-600 ' +
          'disabled:bg-paper-deep disabled:text-ink-soft ' +
          (error ? 'border-clay-600' : 'border-line hover:border-ink-soft/40')
        }
        {...inputProps}
      />
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
