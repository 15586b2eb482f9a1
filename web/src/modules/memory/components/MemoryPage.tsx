import { useQuery } from '@tanstack/react-query';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { meQueryOptions } from '@/modules/auth/api/meQuery';
import { StatusCard } from '@/modules/auth/components/StatusCard';
import { notesQueryOptions } from '@/modules/memory/api/notes';
import { MemorySwitch } from '@/modules/memory/components/MemorySwitch';
import { NoteItem } from '@/modules/memory/components/NoteItem';
import { PageHeader } from '@/modules/ui/components/PageHeader';

/** `/app/memory`: what the coach remembers about the person, fully in their hands. */
export function MemoryPage() {
  useDocumentTitle('Memory');
  const me = useQuery(meQueryOptions());
  const notes = useQuery(notesQueryOptions());

  return (
    <div className="mx-auto max-w-3xl px-5 py-8 sm:px-8 sm:py-12">
      <PageHeader
        title="What your coach remembers"
        description="Short notes your coach keeps between conversations. Correct anything that’s not quite right, or delete it."
      />
      {me.data ? <MemorySwitch user={me.data} /> : null}
      <section aria-labelledby="notes-heading" className="mt-10">
        <h2 id="notes-heading" className="font-serif text-2xl font-semibold text-ink">
          Notes {notes.data ? <span className="text-ink-soft">({notes.data.length})</span> : null}
        </h2>
        {notes.isError ? (
          <StatusCard tone="problem" title="We couldn’t load the notes">
            <p>{notes.error.message}</p>
          </StatusCard>
        ) : !notes.data ? (
          <p role="status" className="mt-4 text-ink-soft">
            Loading notes…
          </p>
        ) : notes.data.length === 0 ? (
          <p className="mt-4 rounded-2xl border border-dashed border-line p-8 text-center leading-relaxed text-ink-soft">
            Nothing yet. As you talk, your coach may note a few things worth remembering. They’ll show up
            here.
          </p>
        ) : (
          <ul className="mt-4 space-y-3">
            {notes.data.map((note) => (
              <NoteItem key={note.id} note={note} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
