import type { ReactNode } from 'react';
import { CoachMarkdown } from '@/modules/chat/components/CoachMarkdown';
import type { MessageRole } from '@/modules/chat/lib/coachTypes';

export interface MessageBubbleProps {
  author: MessageRole;
  text: string;
  /** A card under the coach's text. */
  children?: ReactNode;
  /** True while the coach is still writing: no text yet shows a quiet "thinking" line. */
  streaming?: boolean;
}

/**
 * One message of the conversation. The streaming reply uses this same markup, so the finished
 * message replaces it without anything moving.
 */
export function MessageBubble({ author, text, children, streaming = false }: MessageBubbleProps) {
  if (author === 'user') {
    return (
      <div className="flex justify-end">
        <div className="max-w-[85%] rounded-2xl rounded-br-md bg-brand-600 px-4 py-2.5 text-white shadow-sm sm:max-w-[75%]">
          <span className="sr-only">You said: </span>
          <p className="leading-relaxed break-words whitespace-pre-wrap">{text}</p>
        </div>
      </div>
    );
  }
  const thinking = streaming && text.trim() === '';
  return (
    <div className="flex justify-start">
      <div className="w-full max-w-[92%] sm:max-w-[80%]">
        {thinking || text.trim() !== '' ? (
          <div className="rounded-2xl rounded-bl-md border border-line/70 bg-white px-4 py-2.5 text-ink shadow-sm">
            <span className="sr-only">Your coach said: </span>
            {thinking ? (
              <p className="flex items-center gap-2 leading-relaxed text-ink-soft">
                <span>Your coach is thinking</span>
                <span aria-hidden="true" className="flex gap-1">
                  <span className="size-1.5 rounded-full bg-ink-soft motion-safe:animate-pulse" />
                  <span className="size-1.5 rounded-full bg-ink-soft motion-safe:animate-pulse [animation-delay:150ms]" />
                  <span className="size-1.5 rounded-full bg-ink-soft motion-safe:animate-pulse [animation-delay:300ms]" />
                </span>
              </p>
            ) : (
              <CoachMarkdown text={text} />
            )}
          </div>
        ) : null}
        {children}
      </div>
    </div>
  );
}
