import type { ReactNode } from 'react';

export interface HowItWorksStepProps {
  step: number;
  title: string;
  children: ReactNode;
}

export function HowItWorksStep({ step, title, children }: HowItWorksStepProps) {
  return (
    <li className="rounded-2xl border border-line/80 bg-white/70 p-6 shadow-[0_1px_2px_rgb(31_42_46/0.04)]">
      <span
        aria-hidden="true"
        className="flex size-9 items-center justify-center rounded-full bg-brand-100 font-serif text-lg font-semibold text-brand-700"
      >
        {step}
      </span>
      <h3 className="mt-5 text-lg font-semibold text-ink">
        <span className="sr-only">Step {step}: </span>
        {title}
      </h3>
      <p className="mt-2 leading-relaxed text-ink-soft">{children}</p>
    </li>
  );
}
