import { type ReactNode, useEffect, useRef } from 'react';

export type StatusTone = 'success' | 'problem' | 'pending';

export interface StatusCardProps {
  tone: StatusTone;
  title: string;
  children?: ReactNode;
  /** Buttons or links that lead on from here. */
  actions?: ReactNode;
  /** Move focus to the heading when the card appears (after the person did something). */
  focusOnMount?: boolean;
}

const badgeStyles: Record<StatusTone, string> = {
  success: 'bg-brand-100 text-brand-700',
  problem: 'bg-clay-100 text-clay-600',
  pending: 'bg-paper-deep text-ink-soft',
};

// Plain drawing helper, not a component: each tone's glyph inside the 24×24 badge.
function statusGlyph(tone: StatusTone): ReactNode {
  switch (tone) {
    case 'success':
      return (
        <path
          d="M6 12.5 10 16.5 18 8"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.25"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      );
    case 'problem':
      return (
        <>
          <path d="M12 7v6" fill="none" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round" />
          <circle cx="12" cy="17" r="1.3" fill="currentColor" />
        </>
      );
    case 'pending':
      return (
        <path
          d="M12 4a8 8 0 1 0 8 8"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.25"
          strokeLinecap="round"
        />
      );
  }
}

/** A page-sized message about where things stand: done, something is wrong, or still working. */
export function StatusCard({ tone, title, children, actions, focusOnMount = false }: StatusCardProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) {
      headingRef.current?.focus();
    }
  }, [focusOnMount]);

  return (
    <div className="mx-auto flex max-w-md flex-col px-5 py-12 sm:py-20">
      <div
        role={tone === 'pending' ? 'status' : undefined}
        className="rounded-3xl border border-line/80 bg-white p-7 text-center shadow-[0_10px_30px_-16px_rgb(31_42_46/0.25)] sm:p-10"
      >
        <span
          aria-hidden="true"
          className={`mx-auto flex size-14 items-center justify-center rounded-full ${badgeStyles[tone]}`}
        >
          <svg viewBox="0 0 24 24" className={tone === 'pending' ? 'size-7 animate-spin' : 'size-7'}>
            {statusGlyph(tone)}
          </svg>
        </span>
        <h1
          ref={headingRef}
          tabIndex={-1}
          className="mt-6 font-serif text-3xl font-semibold tracking-tight text-balance text-ink focus:outline-none"
        >
          {title}
        </h1>
        {children ? (
          <div className="mt-3 space-y-3 leading-relaxed text-pretty text-ink-soft">{children}</div>
        ) : null}
        {actions ? (
          <div className="mt-8 flex flex-col items-stretch gap-3 sm:items-center">{actions}</div>
        ) : null}
      </div>
    </div>
  );
}
