import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useChangePassword } from '@/modules/account/api/account';
import { AccountSection } from '@/modules/account/components/AccountSection';
import { FormAlert } from '@/modules/auth/components/FormAlert';
import { FormField } from '@/modules/auth/components/FormField';
import { serverFieldErrors, serverFormMessage } from '@/modules/auth/lib/serverFieldErrors';
import { addNewPasswordIssues } from '@/modules/auth/validation/newPasswordIssues';
import { MIN_PASSWORD_LENGTH } from '@/modules/auth/validation/validateNewPassword';
import { Button } from '@/modules/ui/components/Button';

const schema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.'),
    password: z.string(),
    confirmPassword: z.string(),
  })
  .superRefine(addNewPasswordIssues);
type Values = z.infer<typeof schema>;

const SERVER_FIELDS = ['currentPassword', 'newPassword'] as const;
const EMPTY: Values = { currentPassword: '', password: '', confirmPassword: '' };

export function PasswordSection() {
  const id = useId();
  const change = useChangePassword();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: EMPTY });
  const fromServer = serverFieldErrors(change.error, SERVER_FIELDS);

  const submit = handleSubmit(({ currentPassword, password }) => {
    change.mutate({ currentPassword, newPassword: password }, { onSuccess: () => reset(EMPTY) });
  });

  return (
    <AccountSection
      title="Password"
      description="Changing it signs you out everywhere else; you stay signed in here."
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <FormAlert message={serverFormMessage(change.error, SERVER_FIELDS)} />
        <input type="text" name="username" autoComplete="username" hidden readOnly />
        <FormField
          id={`${id}-current`}
          label="Current password"
          type="password"
          autoComplete="current-password"
          error={errors.currentPassword?.message ?? fromServer.currentPassword}
          {...register('currentPassword')}
        />
        <FormField
          id={`${id}-new`}
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          className="mt-5"
          error={errors.password?.message ?? fromServer.newPassword}
          {...register('password')}
        />
        <FormField
          id={`${id}-confirm`}
          label="Confirm new password"
          type="password"
          autoComplete="new-password"
          className="mt-5"
          error={errors.confirmPassword?.message}
          {...register('confirmPassword')}
        />
        <div className="mt-6 flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={change.isPending}>
            {change.isPending ? 'Changing…' : 'Change password'}
          </Button>
          <p role="status" className="text-sm text-ink-soft">
            {change.isSuccess ? 'Your password is changed.' : null}
          </p>
        </div>
      </form>
    </AccountSection>
  );
}
