import type { ReactNode } from 'react';

export interface BeforeAfterProps {
  before: ReactNode;
  after: ReactNode;
}

/** "Now → after" for a proposed change; the arrow is read out as "would become". */
export function BeforeAfter({ before, after }: BeforeAfterProps) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-base text-ink">
      <span>{before}</span>
      <span aria-hidden="true" className="text-ink-soft">
        →
      </span>
      <span className="sr-only">would become</span>
      <span className="font-semibold">{after}</span>
    </p>
  );
}
