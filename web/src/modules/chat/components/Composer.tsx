import { type KeyboardEvent, type RefObject, useId, useLayoutEffect } from 'react';
import { Button } from '@/modules/ui/components/Button';

/** The API's limit for one message. */
export const MAX_MESSAGE_LENGTH = 4000;
const MAX_HEIGHT_PX = 200;

export interface ComposerProps {
  value: string;
  onChange: (value: string) => void;
  onSend: (text: string) => void;
  /** Why the client cannot write right now (a break, a video to watch); null when they can. */
  blockedReason: string | null;
  /** A turn is running: sending waits for it. */
  busy: boolean;
  /** Lets the page give focus back after a send. */
  textareaRef: RefObject<HTMLTextAreaElement | null>;
}

/** Where the client writes: Enter sends, Shift+Enter starts a new line, the box grows with the text. */
export function Composer({ value, onChange, onSend, blockedReason, busy, textareaRef }: ComposerProps) {
  const hintId = useId();
  const disabled = busy || blockedReason !== null;
  const text = value.trim();
  const canSend = !disabled && text !== '' && value.length <= MAX_MESSAGE_LENGTH;
  const hint = blockedReason ?? (busy ? 'Your coach is replying…' : null);

  useLayoutEffect(() => {
    const element = textareaRef.current;
    if (!element) {
      return;
    }
    // Grow with the text up to a limit, then scroll inside.
    element.style.height = 'auto';
    element.style.height = `${Math.min(element.scrollHeight, MAX_HEIGHT_PX)}px`;
  }, [value, textareaRef]);

  const send = () => {
    if (canSend) {
      onSend(text);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter while an input method is composing (Japanese, Chinese…) confirms the word instead.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  return (
    <form
      className="border-t border-line/70 bg-paper px-3 py-3 sm:px-5"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <div className="flex items-end gap-2">
        <textarea
          ref={textareaRef}
          aria-label="Message"
          aria-describedby={hintId}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          disabled={disabled}
          rows={1}
          placeholder={disabled ? '' : 'Write to your coach…'}
          className="min-h-11 flex-1 resize-none rounded-2xl border border-line bg-white px-4 py-2.5 text-base leading-6 text-ink placeholder:text-ink-soft disabled:cursor-not-allowed disabled:bg-paper-deep"
        />
        <Button type="submit" disabled={!canSend} aria-label="Send" className="size-11! shrink-0 px-0!">
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="size-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="M10 16V4M4.5 9.5 10 4l5.5 5.5" />
          </svg>
        </Button>
      </div>
      <div className="mt-1.5 flex min-h-5 justify-between gap-3 px-1 text-sm text-ink-soft">
        <p id={hintId}>{hint ?? 'Enter to send, Shift+Enter for a new line.'}</p>
        {value.length > MAX_MESSAGE_LENGTH * 0.9 ? (
          <p className={value.length > MAX_MESSAGE_LENGTH ? 'font-medium text-clay-600' : ''}>
            {value.length}/{MAX_MESSAGE_LENGTH}
          </p>
        ) : null}
      </div>
    </form>
  );
}
