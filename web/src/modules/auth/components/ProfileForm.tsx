import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { User } from '@/modules/auth/api/meQuery';
import { useUpdateMe } from '@/modules/auth/api/useUpdateMe';
import { FormAlert } from '@/modules/auth/components/FormAlert';
import { FormField } from '@/modules/auth/components/FormField';
import { timeZoneOptions } from '@/modules/auth/lib/timeZones';
import { profileSchema, type ProfileValues } from '@/modules/auth/validation/profileSchema';
import { Button } from '@/modules/ui/components/Button';
import { SelectField } from '@/modules/ui/components/SelectField';

export interface ProfileFormProps {
  defaults: ProfileValues;
  submitLabel: string;
  pendingLabel: string;
  /** Onboarding keeps to the essentials: first name and time zone. */
  withLastName?: boolean;
  onSaved?: (user: User) => void;
}

/** Name and time zone, saved with `PATCH /me`. */
export function ProfileForm({
  defaults,
  submitLabel,
  pendingLabel,
  withLastName = true,
  onSaved,
}: ProfileFormProps) {
  const id = useId();
  const update = useUpdateMe();
  const zones = useMemo(() => timeZoneOptions(defaults.timezone), [defaults.timezone]);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitSuccessful, isDirty },
  } = useForm<ProfileValues>({ resolver: zodResolver(profileSchema), defaultValues: defaults });

  const submit = handleSubmit((values) => {
    update.mutate(withLastName ? values : { firstName: values.firstName, timezone: values.timezone }, {
      onSuccess: (user) => onSaved?.(user),
    });
  });

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <FormAlert message={update.error?.message} />
      <div className={withLastName ? 'grid gap-5 sm:grid-cols-2' : ''}>
        <FormField
          id={`${id}-first-name`}
          label="First name"
          autoComplete="given-name"
          error={errors.firstName?.message}
          {...register('firstName')}
        />
        {withLastName ? (
          <FormField
            id={`${id}-last-name`}
            label="Last name (optional)"
            autoComplete="family-name"
            error={errors.lastName?.message}
            {...register('lastName')}
          />
        ) : null}
      </div>
      <SelectField
        id={`${id}-timezone`}
        label="Time zone"
        hint="So your coach knows when your morning is."
        options={zones}
        error={errors.timezone?.message}
        className="mt-5"
        {...register('timezone')}
      />
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <Button type="submit" size="lg" disabled={update.isPending}>
          {update.isPending ? pendingLabel : submitLabel}
        </Button>
        <p role="status" className="text-sm text-ink-soft">
          {update.isSuccess && isSubmitSuccessful && !isDirty ? 'Saved.' : null}
        </p>
      </div>
    </form>
  );
}
