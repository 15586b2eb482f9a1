import { StudioArt } from '@/modules/studio/components/StudioArt';
import { Button } from '@/modules/ui/components/Button';

export interface StudioUnlockMomentProps {
  firstName?: string | null;
  onEnter: () => void;
}

/**
 * The first visit after the studio opened: a quiet moment before the work. The light blooms in
 * once (a CSS transition from its starting style); with reduced motion it is simply there.
 */
export function StudioUnlockMoment({ firstName, onEnter }: StudioUnlockMomentProps) {
  return (
    <section
      aria-labelledby="studio-unlock-heading"
      className="relative isolate mx-auto flex min-h-[70dvh] max-w-2xl flex-col items-center justify-center overflow-hidden px-5 py-14 text-center sm:px-8"
    >
      <div
        aria-hidden="true"
        className="absolute top-1/2 left-1/2 -z-10 size-[36rem] max-w-[160vw] -translate-x-1/2 -translate-y-1/2 rounded-full bg-[radial-gradient(circle,var(--color-clay-100)_0%,var(--color-brand-50)_45%,transparent_70%)] opacity-90 transition-[scale,opacity] duration-[1800ms] ease-out starting:scale-40 starting:opacity-0 motion-reduce:transition-none"
      />
      <StudioArt className="w-44 transition-[translate,opacity] delay-300 duration-1000 ease-out starting:translate-y-3 starting:opacity-0 motion-reduce:transition-none sm:w-52" />
      <p className="mt-8 text-sm font-semibold tracking-wide text-brand-700 uppercase">The last chapter</p>
      <h1
        id="studio-unlock-heading"
        className="mt-2 font-serif text-4xl font-semibold tracking-tight text-balance text-ink sm:text-5xl"
      >
        {firstName ? `${firstName}, your studio is open` : 'Your studio is open'}
      </h1>
      <p className="mt-4 max-w-lg text-lg leading-relaxed text-pretty text-ink-soft">
        You have named who you are becoming. Now see it: a picture of you living each identity, made from your
        own words, refined until it feels true, kept where you will see it.
      </p>
      <Button size="lg" className="mt-10" onClick={onEnter}>
        Step inside
      </Button>
    </section>
  );
}
