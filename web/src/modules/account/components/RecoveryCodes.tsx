import { useEffect, useRef } from 'react';
import { Button } from '@/modules/ui/components/Button';

/** The one-time view of fresh recovery codes: they are never shown again. */
export function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const text = codes.join('\n');

  return (
    <div>
      <h3 ref={headingRef} tabIndex={-1} className="font-semibold text-ink focus:outline-none">
        Two-step sign-in is on. Save your recovery codes.
      </h3>
      <p className="mt-1 text-sm leading-relaxed text-ink-soft">
        If you lose your phone, each of these codes signs you in once instead of an app code. Keep them
        somewhere safe, like a password manager. We won’t show them again.
      </p>
      <ul
        aria-label="Recovery codes"
        className="mt-4 grid gap-2 rounded-xl bg-paper-deep p-4 font-mono text-sm text-ink sm:grid-cols-2"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" onClick={() => void navigator.clipboard?.writeText(text)}>
          Copy codes
        </Button>
        <Button size="sm" variant="secondary" asChild>
          <a
            href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
            download="dev-coach-recovery-codes.txt"
          >
            Download as a file
          </a>
        </Button>
        <Button size="sm" onClick={onDone}>
          I’ve saved them
        </Button>
      </div>
    </div>
  );
}
