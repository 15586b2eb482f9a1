import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { type Note, useDeleteNote, useUpdateNote } from '@/modules/memory/api/notes';
import { Button } from '@/modules/ui/components/Button';
import { ConfirmDialog } from '@/modules/ui/components/ConfirmDialog';
import { TextAreaField } from '@/modules/ui/components/TextAreaField';
import { formatDateTime } from '@/modules/ui/lib/formatDateTime';

const schema = z.object({
  text: z
    .string()
    .trim()
    .min(1, 'A note needs some words. To remove it, delete it instead.')
    .max(500, 'Keep it under 500 characters.'),
});
type Values = z.infer<typeof schema>;

/** One thing the coach remembers: read, corrected in place, or deleted. */
export function NoteItem({ note }: { note: Note }) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const update = useUpdateNote();
  const remove = useDeleteNote();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), values: { text: note.text } });

  const save = handleSubmit(({ text }) => {
    update.mutate({ id: note.id, text }, { onSuccess: () => setEditing(false) });
  });

  return (
    <li className="rounded-2xl border border-line/80 bg-white p-5 shadow-sm">
      {editing ? (
        <form noValidate onSubmit={(event) => void save(event)}>
          <TextAreaField
            id={`${id}-text`}
            label="Note"
            rows={3}
            error={errors.text?.message ?? update.error?.message}
            {...register('text')}
          />
          <div className="mt-3 flex gap-2">
            <Button type="submit" size="sm" disabled={update.isPending}>
              {update.isPending ? 'Saving…' : 'Save'}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <>
          <p className="leading-relaxed break-words text-ink">{note.text}</p>
          <p className="mt-1 text-xs text-ink-soft">
            {note.editedByUser ? 'Edited by you' : 'Noted by your coach'} · {formatDateTime(note.updatedAt)}
          </p>
          <div className="mt-3 flex gap-2">
            <Button size="sm" variant="secondary" onClick={() => setEditing(true)}>
              Edit<span className="sr-only"> note: {note.text}</span>
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setConfirming(true)}>
              Delete<span className="sr-only"> note: {note.text}</span>
            </Button>
          </div>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        onOpenChange={(next) => {
          remove.reset();
          setConfirming(next);
        }}
        title="Delete this note?"
        description={`“${note.text}” — your coach will no longer know this.`}
        confirmLabel="Delete"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        error={remove.error?.message}
        onConfirm={() => remove.mutate(note.id, { onSuccess: () => setConfirming(false) })}
      />
    </li>
  );
}
