import type { ReactNode } from 'react';

export interface AuthCardProps {
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  /** Quiet links under the card, e.g. "Back to sign in". */
  footer?: ReactNode;
}

/** The narrow, centred card every sign-in and account page sits in. */
export function AuthCard({ title, description, children, footer }: AuthCardProps) {
  return (
    <div className="mx-auto flex max-w-md flex-col px-5 py-12 sm:py-20">
      <div className="rounded-3xl border border-line/80 bg-white p-7 shadow-[0_10px_30px_-16px_rgb(31_42_46/0.25)] sm:p-10">
        <h1 className="font-serif text-3xl font-semibold tracking-tight text-balance text-ink">{title}</h1>
        {description ? <div className="mt-2 leading-relaxed text-ink-soft">{description}</div> : null}
        {children ? <div className="mt-8">{children}</div> : null}
      </div>
      {footer ? <div className="mt-6 text-center text-sm text-ink-soft">{footer}</div> : null}
    </div>
  );
}
