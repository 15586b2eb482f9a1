import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormAlert } from '@/modules/auth/components/FormAlert';
import { FormField } from '@/modules/auth/components/FormField';
import { useUpdateIdentity } from '@/modules/identities/api/identities';
import type { Identity } from '@/modules/identities/lib/labels';
import { Button } from '@/modules/ui/components/Button';
import { Dialog, DialogClose } from '@/modules/ui/components/Dialog';
import { TextAreaField } from '@/modules/ui/components/TextAreaField';

const schema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give this identity a name.')
    .max(120, 'Keep the name under 120 characters.'),
  statement: z.string().trim().max(500, 'Keep the statement under 500 characters.'),
  notes: z.string(),
});
type Values = z.infer<typeof schema>;

/** One note per line in the form; the API keeps unchanged lines with their date and origin. */
function notesFromText(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export interface EditIdentityDialogProps {
  identity: Identity;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function EditIdentityDialog({ identity, open, onOpenChange }: EditIdentityDialogProps) {
  const id = useId();
  const update = useUpdateIdentity();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    values: {
      name: identity.name,
      statement: identity.iAmStatement ?? '',
      notes: identity.notes.map((note) => note.text).join('\n'),
    },
  });

  const submit = handleSubmit((values) => {
    update.mutate(
      {
        id: identity.id,
        body: {
          name: values.name,
          iAmStatement: values.statement === '' ? null : values.statement,
          notes: notesFromText(values.notes),
        },
      },
      { onSuccess: () => onOpenChange(false) },
    );
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        update.reset();
        onOpenChange(next);
      }}
      title={`Edit “${identity.name}”`}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <FormAlert message={update.error?.message} />
        <FormField id={`${id}-name`} label="Name" error={errors.name?.message} {...register('name')} />
        <TextAreaField
          id={`${id}-statement`}
          label="“I am” statement"
          hint="In your own words, present tense, e.g. “I am an athlete who trains with joy.”"
          rows={2}
          className="mt-5"
          error={errors.statement?.message}
          {...register('statement')}
        />
        <TextAreaField
          id={`${id}-notes`}
          label="Notes"
          hint="One note per line."
          rows={4}
          className="mt-5"
          {...register('notes')}
        />
        <div className="mt-8 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button type="submit" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save changes'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
