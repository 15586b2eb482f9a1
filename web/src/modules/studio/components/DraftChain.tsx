import { Fragment } from 'react';
import type { StudioDraft } from '@/modules/studio/lib/studioTypes';

export interface DraftChainProps {
  chain: StudioDraft[];
  currentId: string | undefined;
  onShow: (draft: StudioDraft) => void;
}

function Thumbnail({ draft }: { draft: StudioDraft }) {
  return draft.thumbnailUrl && draft.status === 'ready' ? (
    <img src={draft.thumbnailUrl} alt="" className="size-16 rounded-xl object-cover" />
  ) : (
    <span
      aria-hidden="true"
      className={`block size-16 rounded-xl ${draft.status === 'failed' ? 'bg-clay-100' : 'bg-[linear-gradient(160deg,var(--color-brand-50),var(--color-clay-100))] motion-safe:animate-pulse'}`}
    />
  );
}

/** How the shown picture came to be: the first picture, then each refinement, in order. */
export function DraftChain({ chain, currentId, onShow }: DraftChainProps) {
  if (chain.length < 2) {
    return null;
  }
  return (
    <section aria-labelledby="studio-chain-heading" className="mt-6">
      <h3 id="studio-chain-heading" className="text-sm font-semibold tracking-wide text-ink-soft uppercase">
        How this picture came to be
      </h3>
      <ol className="mt-3 flex flex-wrap items-start gap-x-2 gap-y-3">
        {chain.map((draft, index) => (
          <Fragment key={draft.id}>
            {index > 0 ? (
              <li aria-hidden="true" className="mt-6 text-ink-soft">
                →
              </li>
            ) : null}
            <li className="w-20">
              <button
                type="button"
                onClick={() => onShow(draft)}
                aria-current={draft.id === currentId ? 'step' : undefined}
                className={`block rounded-2xl p-1 text-left ${draft.id === currentId ? 'ring-2 ring-brand-600' : 'hover:bg-brand-50'}`}
              >
                <Thumbnail draft={draft} />
                <span className="mt-1 block text-xs leading-snug break-words text-ink-soft">
                  <span className="sr-only">Step {index + 1}: </span>
                  {draft.instruction ?? 'First picture'}
                </span>
              </button>
            </li>
          </Fragment>
        ))}
      </ol>
    </section>
  );
}
