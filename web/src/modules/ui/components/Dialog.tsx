import * as RadixDialog from '@radix-ui/react-dialog';
import { type ReactNode, useRef } from 'react';
import { focusMainHeading } from '@/modules/ui/lib/focus';

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
}

/**
 * A modal dialog (Radix: focus is trapped inside, Escape closes it). On closing, focus goes back to
 * the control that opened it; when that control is gone — its item was deleted or archived, or the
 * action moved to another page — focus lands on the page's heading instead of the document body.
 */
export function Dialog({ open, onOpenChange, title, description, children }: DialogProps) {
  const opener = useRef<Element | null>(null);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-ink/40 backdrop-blur-[2px]" />
        <RadixDialog.Content
          className="fixed top-1/2 left-1/2 z-50 max-h-[90dvh] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-3xl border border-line/80 bg-white p-6 shadow-xl focus:outline-none sm:p-8"
          {...(description ? {} : { 'aria-describedby': undefined })}
          onOpenAutoFocus={() => {
            // Still the control that opened the dialog: Radix moves focus in after this event.
            opener.current = document.activeElement;
          }}
          onCloseAutoFocus={(event) => {
            // Radix only returns focus to a Dialog.Trigger; our dialogs open from state.
            event.preventDefault();
            if (opener.current instanceof HTMLElement && opener.current.isConnected) {
              opener.current.focus();
            } else {
              focusMainHeading();
            }
          }}
        >
          <RadixDialog.Title className="font-serif text-2xl font-semibold tracking-tight text-ink">
            {title}
          </RadixDialog.Title>
          {description ? (
            <RadixDialog.Description className="mt-2 leading-relaxed text-ink-soft">
              {description}
            </RadixDialog.Description>
          ) : null}
          <div className="mt-6">{children}</div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

export const DialogClose = RadixDialog.Close;
