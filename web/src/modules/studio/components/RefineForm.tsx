import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { FormAlert } from '@/modules/auth/components/FormAlert';
import { FormField } from '@/modules/auth/components/FormField';
import { refineSchema, type RefineValues } from '@/modules/studio/validation/studioSchemas';
import { Button } from '@/modules/ui/components/Button';

const SUGGESTIONS = [
  'Warmer light',
  'Outdoors',
  'Closer to my face',
  'A calmer expression',
  'Softer colours',
];

export interface RefineFormProps {
  /** The picture is ready to be refined; otherwise the form says why not. */
  ready: boolean;
  pending: boolean;
  blockedReason?: string;
  error?: string;
  /** Resolves true when the refinement started (the field is then cleared). */
  onRefine: (instruction: string) => Promise<boolean>;
}

/** One short instruction that turns the shown picture into a new draft. */
export function RefineForm({ ready, pending, blockedReason, error, onRefine }: RefineFormProps) {
  const id = useId();
  const {
    register,
    handleSubmit,
    setValue,
    setFocus,
    reset,
    formState: { errors },
  } = useForm<RefineValues>({ resolver: zodResolver(refineSchema), defaultValues: { instruction: '' } });
  const submit = handleSubmit(async ({ instruction }) => {
    if (await onRefine(instruction)) {
      reset({ instruction: '' });
    }
  });
  const off = !ready || pending || Boolean(blockedReason);

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="font-serif text-xl font-semibold text-ink">
        Refine it
      </h3>
      <p className="mt-1 text-sm leading-relaxed text-ink-soft">
        {ready
          ? 'Say what to change. Each refinement is a new draft; the ones before it stay.'
          : 'Once the picture is ready you can change it in your own words.'}
      </p>
      <div className="mt-4">
        <FormAlert message={error} />
      </div>
      <FormField
        id={`${id}-instruction`}
        label="What to change"
        placeholder="Warmer light, and outdoors"
        autoComplete="off"
        error={errors.instruction?.message}
        {...register('instruction')}
      />
      <ul aria-label="Ideas" className="mt-3 flex flex-wrap gap-2">
        {SUGGESTIONS.map((suggestion) => (
          <li key={suggestion}>
            <button
              type="button"
              onClick={() => {
                setValue('instruction', suggestion, { shouldDirty: true });
                setFocus('instruction');
              }}
              className="rounded-full border border-line bg-white px-3 py-1.5 text-sm text-ink-soft transition-colors hover:border-brand-200 hover:bg-brand-50 hover:text-ink"
            >
              {suggestion}
            </button>
          </li>
        ))}
      </ul>
      <div className="mt-5 flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={off}>
          {pending ? 'Starting…' : 'Refine this picture'}
        </Button>
        {blockedReason ? <p className="text-sm text-ink-soft">{blockedReason}</p> : null}
      </div>
    </form>
  );
}
