import type { ReactNode } from 'react';

export interface NoticeProps {
  children: ReactNode;
}

/** A calm, positive note at the top of a form, e.g. "Your password has been changed". */
export function Notice({ children }: NoticeProps) {
  return (
    <p
      role="status"
      className="mb-6 flex items-start gap-2.5 rounded-xl border border-brand-200 bg-brand-50 px-4 py-3 text-sm leading-relaxed text-ink"
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-brand-700">
        <path
          d="M3.5 8.5 6.5 11.5 12.5 5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span>{children}</span>
    </p>
  );
}
