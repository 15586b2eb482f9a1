import type { ProgressView } from '@/modules/chat/lib/progress';

export interface ProgressStepperProps {
  progress: ProgressView;
}

const SEGMENT: Record<ProgressView['steps'][number]['status'], string> = {
  done: 'bg-brand-600',
  current: 'bg-brand-600 ring-2 ring-brand-200',
  upcoming: 'bg-line',
};

/** A detail after the phase name: its own line on phones, after a dot on wider screens. */
const detail = (text: string) => (
  <span className="block sm:inline">
    <span aria-hidden="true" className="hidden sm:inline">
      {' · '}
    </span>
    {text}
  </span>
);

/** The curriculum as a row of steps, naming the current one and what it is about right now. */
export function ProgressStepper({ progress }: ProgressStepperProps) {
  const { steps, currentIndex, currentLabel, focusLabel, currentIdentityName } = progress;
  return (
    <nav aria-label="Coaching progress" className="min-w-0">
      <p className="text-sm text-ink-soft">
        Step {currentIndex + 1} of {steps.length}:{' '}
        <strong className="font-semibold text-ink">{currentLabel}</strong>
        {focusLabel ? detail(`Focus: ${focusLabel}`) : null}
        {currentIdentityName ? detail(`Working on: ${currentIdentityName}`) : null}
      </p>
      <ol className="mt-2 flex gap-1">
        {steps.map((step) => (
          <li
            key={step.key}
            aria-current={step.status === 'current' ? 'step' : undefined}
            title={step.label}
            className={`h-1.5 flex-1 rounded-full ${SEGMENT[step.status]}`}
          >
            <span className="sr-only">
              {step.label}
              {step.status === 'done' ? ' (done)' : step.status === 'current' ? ' (current)' : ''}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
