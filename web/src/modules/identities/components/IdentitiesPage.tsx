import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { StatusCard } from '@/modules/auth/components/StatusCard';
import {
  I_AM_PDF_URL,
  identitiesQueryOptions,
  useReorderIdentities,
} from '@/modules/identities/api/identities';
import { IdentityCard } from '@/modules/identities/components/IdentityCard';
import { type GroupBy, groupIdentities, moveWithinGroup } from '@/modules/identities/lib/grouping';
import type { Identity } from '@/modules/identities/lib/labels';
import { PageHeader } from '@/modules/ui/components/PageHeader';
import { SegmentedControl } from '@/modules/ui/components/SegmentedControl';

const GROUP_OPTIONS = [
  { value: 'category', label: 'By life area' },
  { value: 'state', label: 'By stage' },
] as const;

/** `/app/identities`: the identities shaped with the coach, to review, edit, order and archive. */
export function IdentitiesPage() {
  useDocumentTitle('Identities');
  const identities = useQuery(identitiesQueryOptions());
  const reorder = useReorderIdentities();
  const [groupBy, setGroupBy] = useState<GroupBy>('category');
  const [announcement, setAnnouncement] = useState('');

  if (identities.isError) {
    return (
      <StatusCard tone="problem" title="We couldn’t load your identities">
        <p>{identities.error.message}</p>
      </StatusCard>
    );
  }
  if (!identities.data) {
    return <StatusCard tone="pending" title="Loading your identities…" />;
  }

  const all = identities.data.filter((identity) => identity.state !== 'archived');
  const hasStatements = all.some((identity) => identity.iAmStatement);

  function move(group: readonly Identity[], identity: Identity, step: -1 | 1) {
    const ids = moveWithinGroup(all, group, identity.id, step);
    if (!ids) {
      return;
    }
    reorder.mutate(ids, {
      onSuccess: () => setAnnouncement(`Moved ${identity.name} ${step < 0 ? 'up' : 'down'}.`),
      onError: (error) => setAnnouncement(`We couldn’t move ${identity.name}: ${error.message}`),
    });
  }

  return (
    <div className="mx-auto max-w-3xl px-5 py-8 sm:px-8 sm:py-12">
      <PageHeader
        title="Your identities"
        description="The people you are becoming, as you and your coach have shaped them. Edit the words, change the order, or archive what no longer fits."
        actions={
          hasStatements ? (
            <a
              href={I_AM_PDF_URL}
              download="i-am.pdf"
              className="inline-flex h-10 items-center gap-2 rounded-full bg-brand-600 px-5 text-sm font-medium text-white shadow-sm hover:bg-brand-700"
            >
              Download “I am” PDF
            </a>
          ) : null
        }
      />
      {all.length === 0 ? (
        <p className="mt-10 rounded-2xl border border-dashed border-line p-8 text-center leading-relaxed text-ink-soft">
          No identities yet. They appear here as you brainstorm them with your coach in the chat.
        </p>
      ) : (
        <>
          <SegmentedControl
            label="Group identities"
            options={GROUP_OPTIONS}
            value={groupBy}
            onChange={setGroupBy}
            className="mt-8"
          />
          <p role="status" className="sr-only">
            {announcement}
          </p>
          {groupIdentities(all, groupBy).map((group) => (
            <section key={group.key} aria-labelledby={`group-${group.key}`} className="mt-8">
              <h2
                id={`group-${group.key}`}
                className="text-sm font-semibold tracking-wide text-ink-soft uppercase"
              >
                {group.label} <span className="font-normal">({group.identities.length})</span>
              </h2>
              <ul className="mt-3 space-y-3">
                {group.identities.map((identity, index) => (
                  <IdentityCard
                    key={identity.id}
                    identity={identity}
                    badge={groupBy === 'category' ? 'state' : 'category'}
                    canMoveUp={index > 0}
                    canMoveDown={index < group.identities.length - 1}
                    moving={reorder.isPending}
                    onMove={(step) => move(group.identities, identity, step)}
                  />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
