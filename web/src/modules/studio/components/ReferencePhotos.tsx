import { type ChangeEvent, useId, useState } from 'react';
import { useDeleteReference, useUploadReference } from '@/modules/studio/api/studio';
import { studioApiErrorMessage, studioErrorMessage } from '@/modules/studio/lib/studioErrors';
import type { StudioReference } from '@/modules/studio/lib/studioTypes';
import {
  REFERENCE_LIMIT,
  REFERENCE_TYPES,
  referenceFileProblem,
} from '@/modules/studio/validation/studioSchemas';
import { ConfirmDialog } from '@/modules/ui/components/ConfirmDialog';

export interface ReferencePhotosProps {
  references: StudioReference[];
}

/** Up to five photos of the client that the image model draws from; added and removed here. */
export function ReferencePhotos({ references }: ReferencePhotosProps) {
  const id = useId();
  const upload = useUploadReference();
  const remove = useDeleteReference();
  const [problem, setProblem] = useState<string>();
  const [removing, setRemoving] = useState<{ reference: StudioReference; position: number } | null>(null);
  const full = references.length >= REFERENCE_LIMIT;

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again after a problem still fires a change.
    event.target.value = '';
    if (!file) {
      return;
    }
    const local = referenceFileProblem(file);
    if (local) {
      setProblem(studioErrorMessage(local));
      return;
    }
    setProblem(undefined);
    upload.mutate(file, { onError: (error) => setProblem(studioApiErrorMessage(error)) });
  }

  return (
    <div className="mt-8">
      <h3 id={`${id}-heading`} className="font-serif text-lg font-semibold text-ink">
        Reference photos{' '}
        <span className="font-sans text-sm font-normal text-ink-soft">(optional, up to five)</span>
      </h3>
      <p id={`${id}-hint`} className="mt-1 text-sm leading-relaxed text-ink-soft">
        Clear photos of your face and build help the pictures look like you. JPEG, PNG or WebP, up to 8 MB
        each. Location and camera details are removed when you add them.
      </p>
      <div role="alert" className="text-sm font-medium text-clay-600">
        {problem ? <p className="mt-3">{problem}</p> : null}
      </div>
      <ul aria-labelledby={`${id}-heading`} className="mt-4 grid grid-cols-3 gap-3 sm:grid-cols-5">
        {references.map((reference, index) => (
          <li key={reference.id} className="relative">
            <img
              src={reference.thumbnailUrl}
              alt={`Reference ${index + 1} of ${references.length}`}
              className="aspect-square w-full rounded-2xl border border-line/80 bg-paper-deep object-cover"
            />
            <button
              type="button"
              onClick={() => setRemoving({ reference, position: index + 1 })}
              aria-label={`Remove reference photo ${index + 1}`}
              className="absolute top-1.5 right-1.5 flex size-8 items-center justify-center rounded-full bg-white/95 text-ink shadow-sm hover:bg-clay-100"
            >
              <svg viewBox="0 0 16 16" aria-hidden="true" className="size-3.5">
                <path d="m4 4 8 8m0-8-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
              </svg>
            </button>
          </li>
        ))}
        {full ? null : (
          <li>
            <label
              htmlFor={`${id}-file`}
              className="flex aspect-square w-full cursor-pointer flex-col items-center justify-center gap-1 rounded-2xl border-2 border-dashed border-line bg-white/60 p-2 text-center text-sm font-medium text-brand-700 transition-colors hover:border-brand-200 hover:bg-brand-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600"
            >
              <svg viewBox="0 0 24 24" aria-hidden="true" className="size-6">
                <path d="M12 5v14M5 12h14" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
              </svg>
              {upload.isPending ? 'Adding…' : 'Add a photo'}
              <input
                id={`${id}-file`}
                type="file"
                accept={REFERENCE_TYPES.join(',')}
                aria-describedby={`${id}-hint`}
                disabled={upload.isPending}
                onChange={choose}
                className="sr-only"
              />
            </label>
          </li>
        )}
      </ul>
      <p role="status" className="sr-only">
        {upload.isPending ? 'Adding your photo…' : upload.isSuccess ? 'Photo added.' : ''}
      </p>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (!open) {
            setRemoving(null);
            remove.reset();
          }
        }}
        title="Remove this photo?"
        description="New pictures will no longer draw on it. Pictures already made stay as they are."
        confirmLabel="Remove photo"
        pendingLabel="Removing…"
        pending={remove.isPending}
        error={studioApiErrorMessage(remove.error)}
        onConfirm={() => {
          if (removing) {
            remove.mutate(removing.reference.id, { onSuccess: () => setRemoving(null) });
          }
        }}
      />
    </div>
  );
}
