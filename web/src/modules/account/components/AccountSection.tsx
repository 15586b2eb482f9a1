import { type ReactNode, useId } from 'react';

export interface AccountSectionProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** One titled card on the account page. */
export function AccountSection({ title, description, children }: AccountSectionProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-2xl border border-line/80 bg-white p-5 shadow-sm sm:p-7">
      <h2 id={id} className="font-serif text-2xl font-semibold tracking-tight text-ink">
        {title}
      </h2>
      {description ? <div className="mt-1 leading-relaxed text-ink-soft">{description}</div> : null}
      <div className="mt-6">{children}</div>
    </section>
  );
}
