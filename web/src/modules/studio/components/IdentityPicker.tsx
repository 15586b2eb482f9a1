import { Link } from '@tanstack/react-router';
import { CATEGORY_LABELS } from '@/modules/identities/lib/labels';
import { savedThumbnailUrl } from '@/modules/studio/lib/imageUrls';
import type { StudioIdentity } from '@/modules/studio/lib/studioTypes';

export interface IdentityPickerProps {
  identities: StudioIdentity[];
  selectedId: string | undefined;
  /** Called as an identity is chosen, before the page shows it (focus moves to it then). */
  onPick: () => void;
}

/** The identities to picture, each with its kept picture once there is one. */
export function IdentityPicker({ identities, selectedId, onPick }: IdentityPickerProps) {
  return (
    <section aria-labelledby="studio-pick-heading" className="mt-10">
      <h2 id="studio-pick-heading" className="font-serif text-2xl font-semibold tracking-tight text-ink">
        Choose an identity
      </h2>
      {identities.length === 0 ? (
        <p className="mt-3 rounded-2xl border border-dashed border-line p-6 leading-relaxed text-ink-soft">
          You have no committed identities yet. They appear here once you and your coach have shaped them.
        </p>
      ) : (
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {identities.map((identity) => {
            const thumbnail = savedThumbnailUrl(identity.savedDraftId);
            const current = identity.id === selectedId;
            return (
              <li key={identity.id}>
                <Link
                  to="/app/studio"
                  search={{ identity: identity.id }}
                  aria-current={current ? 'true' : undefined}
                  onClick={onPick}
                  className={`flex items-center gap-3 rounded-2xl border bg-white p-2.5 pr-4 shadow-sm transition-colors hover:border-brand-200 hover:bg-brand-50 ${current ? 'border-brand-600 ring-2 ring-brand-200' : 'border-line/80'}`}
                >
                  {thumbnail ? (
                    <img src={thumbnail} alt="" className="size-14 shrink-0 rounded-xl object-cover" />
                  ) : (
                    <span
                      aria-hidden="true"
                      className="flex size-14 shrink-0 items-center justify-center rounded-xl bg-[linear-gradient(135deg,var(--color-brand-100),var(--color-clay-100))] font-serif text-xl font-semibold text-brand-800"
                    >
                      {identity.name.slice(0, 1).toUpperCase()}
                    </span>
                  )}
                  <span className="min-w-0">
                    <span className="block font-semibold break-words text-ink">{identity.name}</span>
                    <span className="block text-sm text-ink-soft">
                      {CATEGORY_LABELS[identity.category]}
                      {' · '}
                      {identity.savedDraftId
                        ? 'Picture kept'
                        : identity.draftCount > 0
                          ? `${identity.draftCount} ${identity.draftCount === 1 ? 'draft' : 'drafts'}`
                          : 'No picture yet'}
                    </span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
