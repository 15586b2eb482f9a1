import type { ComponentPropsWithRef } from 'react';

export interface SelectFieldProps extends Omit<ComponentPropsWithRef<'select'>, 'id'> {
  id: string;
  label: string;
  options: readonly string[];
  hint?: string;
  error?: string;
}

/** A labelled native select (the most accessible picker there is) matching our text fields. */
export function SelectField({
  id,
  label,
  options,
  hint,
  error,
  className = '',
  ...selectProps
}: SelectFieldProps) {
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="mt-2 block h-12 w-full rounded-xl border border-line bg-white px-3 text-base text-ink shadow-sm focus:outline-2 focus:outline-offset-1 focus:outline-brand-600"
        {...selectProps}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {option.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
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
