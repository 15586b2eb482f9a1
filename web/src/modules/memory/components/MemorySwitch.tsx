import { useId } from 'react';
import type { User } from '@/modules/auth/api/meQuery';
import { useUpdateMe } from '@/modules/auth/api/useUpdateMe';

/** Lets the coach keep notes about the person, or not. Saved as soon as it is flipped. */
export function MemorySwitch({ user }: { user: User }) {
  const id = useId();
  const update = useUpdateMe();
  const on = update.isPending ? !user.memoryEnabled : user.memoryEnabled;

  return (
    <section
      aria-labelledby={`${id}-label`}
      className="mt-8 rounded-2xl border border-line/80 bg-white p-5 shadow-sm sm:p-6"
    >
      <div className="flex items-start justify-between gap-4">
        <div>
          <h2 id={`${id}-label`} className="font-serif text-xl font-semibold text-ink">
            Let my coach remember
          </h2>
          <p id={`${id}-help`} className="mt-1 text-sm leading-relaxed text-ink-soft">
            When this is on, your coach jots down short notes about you — your work, the people who matter,
            what you hope for — so you don’t have to repeat yourself. When it’s off, no new notes are made and
            your coach doesn’t use the ones below. Nothing is deleted unless you delete it.
          </p>
        </div>
        <button
          type="button"
          role="switch"
          aria-checked={on}
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-help`}
          disabled={update.isPending}
          onClick={() => update.mutate({ memoryEnabled: !user.memoryEnabled })}
          className="relative mt-1 inline-flex h-7 w-12 shrink-0 items-center rounded-full border border-ink-soft bg-paper-deep transition-colors aria-checked:border-brand-600 aria-checked:bg-brand-600 disabled:opacity-60"
        >
          <span
            aria-hidden="true"
            className={`inline-block size-5 rounded-full bg-white shadow transition-transform ${on ? 'translate-x-6' : 'translate-x-1'}`}
          />
        </button>
      </div>
      <p role="status" className="mt-3 text-sm font-medium text-ink">
        {update.error
          ? `We couldn’t save that: ${update.error.message}`
          : on
            ? 'Memory is on.'
            : 'Memory is off.'}
      </p>
    </section>
  );
}
