import { Link } from '@tanstack/react-router';
import { StudioArt } from '@/modules/studio/components/StudioArt';
import { Button } from '@/modules/ui/components/Button';

const STEPS = [
  'Describe a scene for each identity: what you wear, the mood, where you are.',
  'See a picture of yourself living it, and refine it in your own words.',
  'Keep the one that feels true on the identity, and download it.',
];

export interface StudioLockedProps {
  /** Why the server keeps it closed (`phase`: it opens in the last phase). */
  reason?: string | null;
}

const REASONS: Record<string, string> = {
  phase:
    'It opens in the last part of coaching. Once your identities are committed and each has its “I am” statement, this is where you see yourself living them.',
};
const DEFAULT_REASON =
  'It opens in the last part of coaching, once your identities are committed and each has its “I am” statement.';

/** The studio before the last phase: what it will be, and how to get there. */
export function StudioLocked({ reason }: StudioLockedProps) {
  return (
    <div className="mx-auto max-w-2xl px-5 py-8 sm:px-8 sm:py-14">
      <div className="rounded-3xl border border-line/80 bg-white p-6 shadow-[0_10px_30px_-16px_rgb(31_42_46/0.25)] sm:p-10">
        <StudioArt locked className="mx-auto w-40 sm:w-48" />
        <p className="mt-6 text-center text-sm font-semibold tracking-wide text-brand-700 uppercase">
          Studio
        </p>
        <h1 className="mt-2 text-center font-serif text-3xl font-semibold tracking-tight text-balance text-ink sm:text-4xl">
          Your studio opens at the end of your journey
        </h1>
        <p className="mt-4 text-center leading-relaxed text-pretty text-ink-soft">
          {(reason ? REASONS[reason] : undefined) ?? DEFAULT_REASON}
        </p>
        <h2 className="mt-8 font-serif text-lg font-semibold text-ink">What you will do here</h2>
        <ol className="mt-3 space-y-3">
          {STEPS.map((step, index) => (
            <li key={step} className="flex gap-3 leading-relaxed text-ink-soft">
              <span
                aria-hidden="true"
                className="flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-semibold text-brand-800"
              >
                {index + 1}
              </span>
              <span>{step}</span>
            </li>
          ))}
        </ol>
        <div className="mt-8 flex justify-center">
          <Button asChild size="lg">
            <Link to="/app">Continue with your coach</Link>
          </Button>
        </div>
      </div>
    </div>
  );
}
