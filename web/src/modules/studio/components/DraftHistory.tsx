import { useState } from 'react';
import { useDeleteDraft } from '@/modules/studio/api/studio';
import { describeDraft } from '@/modules/studio/lib/draftChain';
import { studioApiErrorMessage } from '@/modules/studio/lib/studioErrors';
import type { StudioDraft } from '@/modules/studio/lib/studioTypes';
import { ConfirmDialog } from '@/modules/ui/components/ConfirmDialog';

export interface DraftHistoryProps {
  drafts: StudioDraft[];
  currentId: string | undefined;
  onShow: (draft: StudioDraft) => void;
}

const time = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

const STATUS_WORDS: Record<StudioDraft['status'], string | null> = {
  pending: 'Being made',
  failed: 'Not made',
  ready: null,
};

/** Every draft of the identity, newest first: look at any again, or delete it. */
export function DraftHistory({ drafts, currentId, onShow }: DraftHistoryProps) {
  const remove = useDeleteDraft();
  const [deleting, setDeleting] = useState<StudioDraft | null>(null);
  if (drafts.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="studio-history-heading" className="mt-10">
      <h3 id="studio-history-heading" className="font-serif text-xl font-semibold text-ink">
        All drafts <span className="font-sans text-base font-normal text-ink-soft">({drafts.length})</span>
      </h3>
      <p className="mt-1 text-sm text-ink-soft">
        Kept until you delete them, so nothing is lost when you leave.
      </p>
      <ul className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
        {drafts.map((draft) => {
          const label = describeDraft(draft, time);
          const status = STATUS_WORDS[draft.status];
          return (
            <li key={draft.id} className="min-w-0">
              <button
                type="button"
                onClick={() => onShow(draft)}
                aria-pressed={draft.id === currentId}
                className={`relative block w-full overflow-hidden rounded-2xl border bg-white p-1 text-left shadow-sm ${draft.id === currentId ? 'border-brand-600 ring-2 ring-brand-200' : 'border-line/80 hover:border-brand-200'}`}
              >
                {draft.thumbnailUrl && draft.status === 'ready' ? (
                  <img
                    src={draft.thumbnailUrl}
                    alt=""
                    className="aspect-square w-full rounded-xl object-cover"
                  />
                ) : (
                  <span
                    aria-hidden="true"
                    className={`block aspect-square w-full rounded-xl ${draft.status === 'failed' ? 'bg-clay-100' : 'bg-[linear-gradient(160deg,var(--color-brand-50),var(--color-clay-100))]'}`}
                  />
                )}
                <span className="sr-only">Show: {label}</span>
                {draft.saved || status ? (
                  <span
                    className={`absolute top-2.5 left-2.5 rounded-full px-2 py-0.5 text-xs font-medium shadow-sm ${draft.saved ? 'bg-brand-600 text-white' : 'bg-white/95 text-ink'}`}
                  >
                    {draft.saved ? 'Kept' : status}
                  </span>
                ) : null}
              </button>
              <div className="mt-1.5 flex items-start justify-between gap-2 px-1">
                <p aria-hidden="true" className="min-w-0 text-xs leading-snug break-words text-ink-soft">
                  {draft.instruction ?? 'First picture'}
                </p>
                <button
                  type="button"
                  onClick={() => setDeleting(draft)}
                  aria-label={`Delete draft: ${label}`}
                  className="-mt-1 -mr-1 flex size-8 shrink-0 items-center justify-center rounded-full text-ink-soft hover:bg-clay-100 hover:text-clay-700"
                >
                  <svg viewBox="0 0 20 20" aria-hidden="true" className="size-4">
                    <path
                      d="M4 6h12M8 6V4h4v2m-6 0 .7 10h6.6L14 6"
                      fill="none"
                      stroke="currentColor"
                      strokeWidth="1.6"
                      strokeLinecap="round"
                      strokeLinejoin="round"
                    />
                  </svg>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (!open) {
            setDeleting(null);
            remove.reset();
          }
        }}
        title="Delete this draft?"
        description={
          deleting?.saved
            ? 'This is the picture kept on the identity: deleting it removes it from the identity too.'
            : 'It is removed for good. Drafts refined from it stay.'
        }
        confirmLabel="Delete draft"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        error={studioApiErrorMessage(remove.error)}
        onConfirm={() => {
          if (deleting) {
            remove.mutate(deleting, { onSuccess: () => setDeleting(null) });
          }
        }}
      />
    </section>
  );
}
