import type { ReactNode } from 'react';
import type { PressedButton } from '@/modules/chat/lib/cardTypes';

export interface CardFrameProps {
  title: string;
  children?: ReactNode;
  /** The answer, once a button was pressed. */
  pressed?: PressedButton | null;
  tone?: 'calm' | 'care';
}

/** The box every card sits in, with its title and, once answered, what the client chose. */
export function CardFrame({ title, children, pressed, tone = 'calm' }: CardFrameProps) {
  const toneClasses = tone === 'care' ? 'border-clay-600/30 bg-clay-100/60' : 'border-line bg-white';
  return (
    // tabIndex -1: the chat moves focus onto a card the client must act on (not a Tab stop).
    <section
      aria-label={title}
      tabIndex={-1}
      data-card-frame=""
      className={`mt-3 rounded-2xl border p-4 shadow-sm ${toneClasses}`}
    >
      <h3 className="font-serif text-base font-semibold text-ink">{title}</h3>
      {children ? <div className="mt-2 text-sm text-ink-soft">{children}</div> : null}
      {pressed ? (
        <p className="mt-3 text-sm text-ink-soft">
          <span aria-hidden="true">✓ </span>You chose{' '}
          <strong className="font-semibold text-ink">{pressed.label}</strong>
        </p>
      ) : null}
    </section>
  );
}
