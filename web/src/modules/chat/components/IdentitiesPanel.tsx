import type { Catalog, CoachState, Identity } from '@/modules/chat/lib/coachTypes';
import { groupIdentities, IDENTITY_STATE_LABELS } from '@/modules/chat/lib/progress';
import { IdentityPicture } from '@/modules/studio/components/IdentityPicture';

export interface IdentitiesPanelProps {
  identities: Identity[];
  catalog: Catalog;
  state: CoachState;
  /** Each identity's kept studio picture (small), by identity id. */
  pictures?: ReadonlyMap<string, string>;
}

/** The identities shaped so far, beside the chat; the one being worked on and the focus stand out. */
export function IdentitiesPanel({ identities, catalog, state, pictures }: IdentitiesPanelProps) {
  const groups = groupIdentities(identities, catalog);
  const focus = state.currentPhase === 'identity_brainstorming' ? state.identityFocus : null;
  return (
    <section aria-labelledby="identities-panel-heading" className="flex min-h-0 flex-col">
      <h2 id="identities-panel-heading" className="font-serif text-lg font-semibold text-ink">
        Your identities
      </h2>
      {groups.length === 0 ? (
        <p className="mt-2 text-sm text-ink-soft">
          The identities you discover with your coach will gather here as you go.
        </p>
      ) : (
        <div className="mt-3 min-h-0 space-y-4 overflow-y-auto pr-1">
          {groups.map((group) => (
            <section key={group.key} aria-label={group.label}>
              <h3
                className={`text-xs font-semibold tracking-wide uppercase ${group.key === focus ? 'text-brand-700' : 'text-ink-soft'}`}
              >
                {group.label}
                {group.key === focus ? ' · in focus' : ''}
              </h3>
              <ul className="mt-1.5 space-y-2">
                {group.identities.map((identity) => {
                  const current = identity.id === state.currentIdentity?.id;
                  const picture = pictures?.get(identity.id);
                  return (
                    <li
                      key={identity.id}
                      aria-current={current ? 'true' : undefined}
                      className={`flex items-start gap-3 rounded-xl border bg-white px-3 py-2 text-sm ${current ? 'border-brand-600' : 'border-line/70'}`}
                    >
                      {picture ? (
                        <IdentityPicture
                          url={picture}
                          name={identity.name}
                          className="mt-0.5 size-12 rounded-lg"
                        />
                      ) : null}
                      <span className="min-w-0 flex-1">
                        <span className="flex items-baseline justify-between gap-2">
                          <span className="font-semibold break-words text-ink">{identity.name}</span>
                          <span className="shrink-0 text-xs text-ink-soft">
                            {IDENTITY_STATE_LABELS[identity.state]}
                          </span>
                        </span>
                        {identity.iAmStatement ? (
                          <span className="mt-1 block text-ink-soft italic">{identity.iAmStatement}</span>
                        ) : null}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
