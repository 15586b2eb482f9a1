import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { Button } from '@/modules/ui/components/Button';
import { HowItWorksStep } from '@/modules/landing/components/HowItWorksStep';
import { IdentityCardPreview } from '@/modules/landing/components/IdentityCardPreview';
import { SignInOrOpenLink } from '@/modules/landing/components/SignInOrOpenLink';

export function LandingPage() {
  useDocumentTitle();

  return (
    <>
      <section
        aria-labelledby="hero-title"
        className="mx-auto max-w-5xl px-5 pt-14 pb-16 sm:px-8 sm:pt-24 sm:pb-24"
      >
        <div className="grid items-center gap-12 lg:grid-cols-[1.15fr_1fr]">
          <div>
            <p className="mb-4 text-sm font-semibold tracking-wide text-brand-700 uppercase">
              Identity coaching
            </p>
            <h1
              id="hero-title"
              className="font-serif text-4xl leading-[1.1] font-semibold tracking-tight text-balance text-ink sm:text-5xl"
            >
              Grow into the person you already want to be.
            </h1>
            <p className="mt-6 max-w-xl text-lg leading-relaxed text-pretty text-ink-soft">
              Dev Coach is a patient conversation partner. It asks good questions, listens to your answers,
              and helps you put into words who you’re becoming — one small, honest step at a time.
            </p>
            <div className="mt-9 flex flex-wrap items-center gap-3">
              <Button asChild size="lg">
                <SignInOrOpenLink />
              </Button>
              <Button asChild size="lg" variant="ghost">
                <a href="#how-it-works">How it works</a>
              </Button>
            </div>
          </div>
          <IdentityCardPreview />
        </div>
      </section>

      <section aria-labelledby="what-title" className="border-y border-line/70 bg-paper-deep/60">
        <div className="mx-auto grid max-w-5xl gap-8 px-5 py-16 sm:px-8 md:grid-cols-[1fr_1.4fr] md:gap-14 md:py-20">
          <h2
            id="what-title"
            className="font-serif text-3xl leading-tight font-semibold tracking-tight text-ink"
          >
            What is identity coaching?
          </h2>
          <div className="space-y-4 text-lg leading-relaxed text-ink-soft">
            <p>
              Most resolutions are about outcomes: run a marathon, ship the project, read more. They tend to
              fade, because willpower runs out long before the habit takes hold.
            </p>
            <p>
              Identity coaching starts one step earlier, with{' '}
              <em className="font-medium text-ink not-italic">who</em> you want to be. Someone who moves every
              day. Someone who finishes what they start. When your actions line up with a self you believe in,
              they stop feeling like chores and start feeling like you.
            </p>
          </div>
        </div>
      </section>

      <section
        id="how-it-works"
        aria-labelledby="how-title"
        className="mx-auto max-w-5xl scroll-mt-6 px-5 py-16 sm:px-8 md:py-20"
      >
        <h2
          id="how-title"
          className="font-serif text-3xl leading-tight font-semibold tracking-tight text-ink"
        >
          How it works
        </h2>
        <ol className="mt-10 grid gap-6 md:grid-cols-3">
          <HowItWorksStep step={1} title="Talk it through">
            Chat with your coach the way you would with a thoughtful friend. No forms, no scores — just
            questions that help you notice what matters to you.
          </HowItWorksStep>
          <HowItWorksStep step={2} title="Follow a gentle path">
            A short curriculum guides each conversation, from values to daily habits, at whatever pace suits
            your week.
          </HowItWorksStep>
          <HowItWorksStep step={3} title="Keep your identity cards">
            Along the way you’ll shape short statements of who you’re becoming, in your own words, to return
            to whenever you need a reminder.
          </HowItWorksStep>
        </ol>
        <div className="mt-12 flex flex-col items-start gap-4 rounded-3xl bg-brand-600 px-7 py-8 text-white sm:flex-row sm:items-center sm:justify-between sm:px-10">
          <p className="font-serif text-2xl leading-snug font-semibold text-balance">
            Ready when you are. Pick up right where you left off.
          </p>
          <Button asChild size="lg" variant="secondary" className="shrink-0">
            <SignInOrOpenLink />
          </Button>
        </div>
      </section>
    </>
  );
}
