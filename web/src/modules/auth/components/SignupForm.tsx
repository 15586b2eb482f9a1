import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useRegister } from '@/modules/auth/api/useRegister';
import { FormAlert } from '@/modules/auth/components/FormAlert';
import { FormField } from '@/modules/auth/components/FormField';
import { serverFieldErrors, serverFormMessage } from '@/modules/auth/lib/serverFieldErrors';
import { MIN_PASSWORD_LENGTH } from '@/modules/auth/validation/validateNewPassword';
import { signupSchema, type SignupValues } from '@/modules/auth/validation/signupSchema';
import { Button } from '@/modules/ui/components/Button';

const SERVER_FIELDS = ['firstName', 'lastName', 'email', 'password'] as const;

export interface SignupFormProps {
  onRegistered: () => void;
  /** The server turned out to be invitation-only after all. */
  onClosed: () => void;
}

export function SignupForm({ onRegistered, onClosed }: SignupFormProps) {
  const id = useId();
  const registerAccount = useRegister();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SignupValues>({
    resolver: zodResolver(signupSchema),
    defaultValues: { firstName: '', lastName: '', email: '', password: '', confirmPassword: '' },
  });
  const fromServer = serverFieldErrors(registerAccount.error, SERVER_FIELDS);

  const submit = handleSubmit(({ confirmPassword: _confirm, ...values }) => {
    registerAccount.mutate(
      { ...values, email: values.email.trim() },
      {
        onSuccess: onRegistered,
        onError: (error) => {
          if (error.code === 'signup_closed') {
            onClosed();
          }
        },
      },
    );
  });

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <FormAlert message={serverFormMessage(registerAccount.error, SERVER_FIELDS)} />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField
          id={`${id}-first-name`}
          label="First name"
          autoComplete="given-name"
          error={errors.firstName?.message ?? fromServer.firstName}
          {...register('firstName')}
        />
        <FormField
          id={`${id}-last-name`}
          label="Last name (optional)"
          autoComplete="family-name"
          error={errors.lastName?.message ?? fromServer.lastName}
          {...register('lastName')}
        />
      </div>
      <FormField
        id={`${id}-email`}
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        className="mt-5"
        error={errors.email?.message ?? fromServer.email}
        {...register('email')}
      />
      <FormField
        id={`${id}-password`}
        label="Choose a password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`}
        className="mt-5"
        error={errors.password?.message ?? fromServer.password}
        {...register('password')}
      />
      <FormField
        id={`${id}-confirm-password`}
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        className="mt-5"
        error={errors.confirmPassword?.message}
        {...register('confirmPassword')}
      />
      <Button type="submit" size="lg" disabled={registerAccount.isPending} className="mt-8 w-full">
        {registerAccount.isPending ? 'Creating your account…' : 'Create my account'}
      </Button>
    </form>
  );
}
