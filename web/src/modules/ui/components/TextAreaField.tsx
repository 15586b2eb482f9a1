import type { ComponentPropsWithRef } from 'react';

export interface TextAreaFieldProps extends Omit<ComponentPropsWithRef<'textarea'>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled multi-line field whose hint and validation message are tied to it. */
export function TextAreaField({ id, label, hint, error, className = '', ...props }: TextAreaFieldProps) {
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={
          'mt-2 block w-full rounded-xl border bg-white px-4 py-3 text-base leading-relaxed text-ink shadow-sm ' +
          'focus:outline-2 focus:outline-offset-1 focus:outline-brand-600 ' +
          (error ? 'border-clay-600' : 'border-line')
        }
        {...props}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-2 text-sm leading-relaxed text-ink-soft">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-2 text-sm font-medium text-clay-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}
