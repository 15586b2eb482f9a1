export interface BrandMarkProps {
  className?: string;
}

/** The Dev Coach logo: a figure inside a rounded square. Decorative; pair it with visible text. */
export function BrandMark({ className = 'size-8' }: BrandMarkProps) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={className}>
      <rect width="32" height="32" rx="8" className="fill-brand-600" />
      <circle cx="16" cy="13" r="5" className="fill-paper" />
      <path
        d="M7 26c1.8-4.6 5.2-7 9-7s7.2 2.4 9 7"
        fill="none"
        strokeWidth="2.5"
        strokeLinecap="round"
        className="stroke-paper"
      />
    </svg>
  );
}
