import type { ApiError } from '@dev-coach/frontend-api';
import { forwardRef } from 'react';
import { StudioArt } from '@/modules/studio/components/StudioArt';
import type { DraftProgress } from '@/modules/studio/hooks/useDraftProgress';
import { isRetryableDraftError, studioErrorMessage } from '@/modules/studio/lib/studioErrors';
import type { StudioDraft } from '@/modules/studio/lib/studioTypes';
import { Button } from '@/modules/ui/components/Button';

const STAGE_WORDS = {
  queued: 'Waiting for the easel…',
  generating: 'Painting your scene…',
  storing: 'Framing it…',
} as const;

export interface DraftStageProps {
  identityName: string;
  draft: StudioDraft | undefined;
  progress: DraftProgress | null;
  streamError: ApiError | null;
  retrying: boolean;
  onRetry: () => void;
}

/**
 * The picture being looked at: an invitation before the first one, live progress while it is
 * made, the picture, or why it could not be made. Focus moves here when a picture is asked for
 * (tabindex -1: a script-only target, as the chat's cards are).
 */
export const DraftStage = forwardRef<HTMLElement, DraftStageProps>(function DraftStage(
  { identityName, draft, progress, streamError, retrying, onRetry },
  ref,
) {
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-label={`Picture of ${identityName}`}
      aria-busy={draft?.status === 'pending'}
      className="overflow-hidden rounded-3xl border border-line/80 bg-white p-2 shadow-[0_14px_40px_-20px_rgb(31_42_46/0.35)] focus:outline-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      {!draft ? (
        <div className="flex aspect-square w-full flex-col items-center justify-center rounded-[1.25rem] bg-paper p-6 text-center">
          <StudioArt className="w-32 opacity-90" />
          <p className="mt-4 max-w-xs leading-relaxed text-ink-soft">
            Describe a scene and create your first picture of {identityName}. It will appear here.
          </p>
        </div>
      ) : draft.status === 'pending' ? (
        <div className="relative flex aspect-square w-full flex-col items-center justify-center overflow-hidden rounded-[1.25rem] bg-[linear-gradient(160deg,var(--color-brand-50),var(--color-clay-100))] p-6 text-center">
          <div
            aria-hidden="true"
            className="absolute inset-0 bg-[radial-gradient(circle_at_50%_40%,var(--color-white)_0%,transparent_60%)] opacity-60 motion-safe:animate-pulse"
          />
          <p className="relative font-serif text-xl font-semibold text-ink">
            {STAGE_WORDS[progress?.stage ?? 'queued']}
          </p>
          <div
            role="progressbar"
            aria-label={`Making the picture of ${identityName}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress?.percent ?? 0}
            aria-valuetext={`${STAGE_WORDS[progress?.stage ?? 'queued']} ${progress?.percent ?? 0}%`}
            className="relative mt-5 h-2 w-full max-w-xs overflow-hidden rounded-full bg-white/80"
          >
            <div
              className="h-full rounded-full bg-brand-600 transition-[width] duration-500 ease-out"
              style={{ width: `${Math.max(4, progress?.percent ?? 0)}%` }}
            />
          </div>
          <p className="relative mt-3 text-sm text-ink-soft">
            This takes a little while. You can leave; the picture will be here when you come back.
          </p>
          {streamError ? (
            <p role="alert" className="relative mt-3 text-sm font-medium text-clay-700">
              We lost touch with the studio ({streamError.message}). Reload the page to see the picture.
            </p>
          ) : null}
        </div>
      ) : draft.status === 'failed' ? (
        <div
          role="alert"
          className="flex aspect-square w-full flex-col items-center justify-center rounded-[1.25rem] bg-clay-100/60 p-6 text-center"
        >
          <p className="font-serif text-xl font-semibold text-ink">This picture could not be made</p>
          <p className="mt-2 max-w-sm leading-relaxed text-ink-soft">{studioErrorMessage(draft.errorCode)}</p>
          {isRetryableDraftError(draft.errorCode) ? (
            <Button className="mt-5" variant="secondary" disabled={retrying} onClick={onRetry}>
              {retrying ? 'Starting…' : 'Try again'}
            </Button>
          ) : null}
        </div>
      ) : (
        <figure className="relative">
          <img
            src={draft.imageUrl ?? undefined}
            alt={`${identityName}${draft.instruction ? `, refined: ${draft.instruction}` : ''}`}
            className="aspect-square w-full rounded-[1.25rem] bg-paper-deep object-cover"
          />
          {draft.demo ? (
            <figcaption className="absolute top-3 right-3 rounded-full bg-white/90 px-2.5 py-1 text-xs font-medium text-ink shadow-sm">
              Demo image
            </figcaption>
          ) : null}
        </figure>
      )}
    </section>
  );
});
