import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { FormAlert } from '@/modules/auth/components/FormAlert';
import { FormField } from '@/modules/auth/components/FormField';
import type { StudioScene } from '@/modules/studio/lib/studioTypes';
import { sceneSchema, type SceneValues } from '@/modules/studio/validation/studioSchemas';
import { Button } from '@/modules/ui/components/Button';
import { TextAreaField } from '@/modules/ui/components/TextAreaField';

export interface SceneFormProps {
  scene: StudioScene | null;
  /** Words for the submit button: the first picture, or another one. */
  submitLabel: string;
  pending: boolean;
  /** Why the button is off (no pictures left today), if it is. */
  blockedReason?: string;
  error?: string;
  /** The scene as typed (trimmed), and whether it differs from the saved one. */
  onSubmit: (scene: SceneValues, changed: boolean) => void;
}

const toValues = (scene: StudioScene | null): SceneValues => ({
  clothing: scene?.clothing ?? '',
  mood: scene?.mood ?? '',
  setting: scene?.setting ?? '',
  extraPrompt: scene?.extraPrompt ?? '',
});

/** The scene of an identity's picture; submitting saves it (when changed) and makes a picture. */
export function SceneForm({ scene, submitLabel, pending, blockedReason, error, onSubmit }: SceneFormProps) {
  const id = useId();
  const {
    register,
    handleSubmit,
    formState: { errors, isDirty },
  } = useForm<SceneValues>({ resolver: zodResolver(sceneSchema), defaultValues: toValues(scene) });
  const submit = handleSubmit((values) => onSubmit(values, isDirty));

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="font-serif text-xl font-semibold text-ink">
        The scene
      </h3>
      <p className="mt-1 text-sm leading-relaxed text-ink-soft">
        Every field is optional. A few words each are enough.
      </p>
      <div className="mt-4">
        <FormAlert message={error} />
      </div>
      <div className="grid gap-4">
        <FormField
          id={`${id}-clothing`}
          label="What you are wearing"
          placeholder="A linen shirt, sleeves rolled up"
          error={errors.clothing?.message}
          {...register('clothing')}
        />
        <FormField
          id={`${id}-mood`}
          label="The mood"
          placeholder="Calm and sure of myself"
          error={errors.mood?.message}
          {...register('mood')}
        />
        <FormField
          id={`${id}-setting`}
          label="Where you are"
          placeholder="My own workshop, morning light"
          error={errors.setting?.message}
          {...register('setting')}
        />
        <TextAreaField
          id={`${id}-extra`}
          label="Anything else"
          rows={2}
          placeholder="Sawdust in the air, a finished chair beside me"
          error={errors.extraPrompt?.message}
          {...register('extraPrompt')}
        />
      </div>
      <div className="mt-5 flex flex-wrap items-center gap-3">
        <Button type="submit" size="lg" disabled={pending || Boolean(blockedReason)}>
          {pending ? 'Starting…' : submitLabel}
        </Button>
        {blockedReason ? <p className="text-sm text-ink-soft">{blockedReason}</p> : null}
      </div>
    </form>
  );
}
