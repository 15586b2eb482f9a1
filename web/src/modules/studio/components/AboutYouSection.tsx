import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormAlert } from '@/modules/auth/components/FormAlert';
import { useSaveAppearance } from '@/modules/studio/api/studio';
import { ReferencePhotos } from '@/modules/studio/components/ReferencePhotos';
import { studioApiErrorMessage } from '@/modules/studio/lib/studioErrors';
import type { StudioState } from '@/modules/studio/lib/studioTypes';
import {
  APPEARANCE_MAX,
  appearanceSchema,
  type AppearanceValues,
} from '@/modules/studio/validation/studioSchemas';
import { Button } from '@/modules/ui/components/Button';
import { TextAreaField } from '@/modules/ui/components/TextAreaField';

export interface AboutYouSectionProps {
  state: StudioState;
}

/**
 * The optional appearance profile and reference photos every picture draws on. Folded away once
 * something is there, open while it is empty (the first visit).
 */
export function AboutYouSection({ state }: AboutYouSectionProps) {
  const id = useId();
  const save = useSaveAppearance();
  const description = state.appearance?.description ?? '';
  const {
    register,
    handleSubmit,
    formState: { errors, isDirty },
    reset,
  } = useForm<AppearanceValues>({ resolver: zodResolver(appearanceSchema), defaultValues: { description } });

  const submit = handleSubmit((values) => {
    save.mutate(values.description, { onSuccess: (saved) => reset({ description: saved.description }) });
  });
  const empty = description === '' && state.references.length === 0;
  // Read once: a prop that changed later would close the section under the person's hands.
  const [initiallyOpen] = useState(empty);

  return (
    <details
      open={initiallyOpen}
      className="group mt-8 rounded-3xl border border-line/80 bg-white shadow-sm [&_summary::-webkit-details-marker]:hidden"
    >
      <summary className="flex cursor-pointer list-none items-center justify-between gap-4 rounded-3xl p-5 sm:px-7">
        <span>
          <span className="block font-serif text-xl font-semibold text-ink">About you</span>
          <span className="mt-0.5 block text-sm text-ink-soft">
            {empty
              ? 'Optional: how you look, so the pictures look like you.'
              : `${description ? 'Your description' : 'No description'} · ${state.references.length} of 5 photos`}
          </span>
        </span>
        <svg
          viewBox="0 0 20 20"
          aria-hidden="true"
          className="size-5 shrink-0 text-ink-soft transition-transform group-open:rotate-180"
        >
          <path d="m5 8 5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </summary>
      <div className="border-t border-line/70 p-5 sm:p-7">
        <form noValidate onSubmit={(event) => void submit(event)}>
          <FormAlert message={studioApiErrorMessage(save.error)} />
          <TextAreaField
            id={`${id}-appearance`}
            label="How you look"
            hint={`In your own words: hair, skin, build, glasses, anything you want to see in every picture. Up to ${APPEARANCE_MAX} characters.`}
            rows={3}
            error={errors.description?.message}
            {...register('description')}
          />
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <Button type="submit" variant="secondary" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save description'}
            </Button>
            <p role="status" className="text-sm text-ink-soft">
              {save.isSuccess && !isDirty ? 'Saved.' : null}
            </p>
          </div>
        </form>
        <ReferencePhotos references={state.references} />
      </div>
    </details>
  );
}
