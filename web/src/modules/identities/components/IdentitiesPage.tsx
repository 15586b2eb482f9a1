import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { StatusCard } from '@/modules/auth/components/StatusCard';
import {
  I_AM_PDF_URL,
  identitiesQueryOptions,
  useReorderIdentities,
} from '@/modules/identities/api/identities';
import { IdentityGroupList } from '@/modules/identities/components/IdentityGroupList';
import {
  type GroupBy,
  groupIdentities,
  moveWithinGroup,
  moveWithinGroupTo,
} from '@/modules/identities/lib/grouping';
import type { Identity } from '@/modules/identities/lib/labels';
import { useSavedPictures } from '@/modules/studio/hooks/useSavedPictures';
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
  const pictures = useSavedPictures();
  const [groupBy, setGroupBy] = useState<GroupBy>('category');
  const [announcement, setAnnouncement] = useState('');
  // The move button pressed, to focus again once the list shows the new order: React moves list
  // items in the DOM, and a moved node loses focus. At either end, the other button takes it.
  const refocus = useRef<{ id: string; step: -1 | 1; order: string } | null>(null);
  const order = identities.data?.map((identity) => `${identity.id}:${identity.order}`).join() ?? '';

  useEffect(() => {
    const pressed = refocus.current;
    if (!pressed || pressed.order === order) {
      return;
    }
    refocus.current = null;
    const button = (step: number) =>
      document.querySelector<HTMLButtonElement>(`button[data-move="${pressed.id}:${step}"]`);
    const same = button(pressed.step);
    (same && !same.disabled ? same : button(-pressed.step))?.focus();
  }, [order]);

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

  /** Saves the new order (shown at once) and says what happened. */
  function save(ids: string[] | undefined, name: string, done: string) {
    if (!ids || reorder.isPending) {
      return;
    }
    reorder.mutate(ids, {
      onSuccess: () => setAnnouncement(done),
      onError: (error) => setAnnouncement(`We couldn’t move ${name}: ${error.message}`),
    });
  }

  const nameOf = (id: string) => all.find((identity) => identity.id === id)?.name ?? '';

  function step(group: readonly Identity[], id: string, by: -1 | 1) {
    const ids = moveWithinGroup(all, group, id, by);
    if (ids && !reorder.isPending) {
      refocus.current = { id, step: by, order };
    }
    save(ids, nameOf(id), `Moved ${nameOf(id)} ${by < 0 ? 'up' : 'down'}.`);
  }

  function drop(group: readonly Identity[], id: string, targetId: string) {
    const position = group.findIndex((identity) => identity.id === targetId) + 1;
    save(
      moveWithinGroupTo(all, group, id, targetId),
      nameOf(id),
      `Moved ${nameOf(id)} to place ${position}.`,
    );
  }

  return (
    <div className="mx-auto max-w-3xl px-5 py-8 sm:px-8 sm:py-12">
      <PageHeader
        title="Your identities"
        description="The people you are becoming, as you and your coach have shaped them. Edit the words, drag or move them into your own order, or archive what no longer fits."
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
              <IdentityGroupList
                group={group}
                badge={groupBy === 'category' ? 'state' : 'category'}
                moving={reorder.isPending}
                onStep={(id, by) => step(group.identities, id, by)}
                onDrop={(id, targetId) => drop(group.identities, id, targetId)}
                pictures={pictures}
              />
            </section>
          ))}
        </>
      )}
    </div>
  );
}
