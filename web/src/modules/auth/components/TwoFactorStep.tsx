import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { type LoginAttempt, useLogin } from '@/modules/auth/api/useLogin';
import { FormAlert } from '@/modules/auth/components/FormAlert';
import { FormField } from '@/modules/auth/components/FormField';
import { normaliseOtp, OTP_INVALID } from '@/modules/auth/lib/otpCode';
import { Button } from '@/modules/ui/components/Button';

const schema = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'Enter the code from your authenticator app, or one of your recovery codes.')
    .max(64, 'That is longer than any code we send. Check what you typed.'),
});
type Values = z.infer<typeof schema>;

export interface TwoFactorStepProps {
  /** The email and password the server already accepted. */
  credentials: LoginAttempt;
  onSuccess: () => void;
  /** Back to the email and password, e.g. to sign in as someone else. */
  onCancel: () => void;
}

/** The second step of signing in for accounts with two-step sign-in turned on. */
export function TwoFactorStep({ credentials, onSuccess, onCancel }: TwoFactorStepProps) {
  const id = useId();
  const login = useLogin();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { code: '' } });

  useEffect(() => {
    setFocus('code');
  }, [setFocus]);

  const formMessage = login.error && login.error.code !== OTP_INVALID ? login.error.message : undefined;

  const submit = handleSubmit(({ code }) => {
    login.mutate(
      { ...credentials, otp: normaliseOtp(code) },
      {
        onSuccess,
        onError: (error) => {
          if (error.code === OTP_INVALID) {
            setError(
              'code',
              {
                message:
                  'That code didn’t work. Codes change every 30 seconds, so try the newest one, or use a recovery code.',
              },
              { shouldFocus: true },
            );
          }
        },
      },
    );
  });

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="font-serif text-xl font-semibold text-ink">
        Two-step sign-in
      </h2>
      <p className="mt-2 mb-6 text-sm leading-relaxed text-ink-soft">
        Open your authenticator app and enter the 6-digit code it shows for Dev Coach. No phone to hand? One
        of your recovery codes works here too.
      </p>
      <FormAlert id={`${id}-error`} message={formMessage} />
      <FormField
        id={`${id}-code`}
        label="Code"
        autoComplete="one-time-code"
        spellCheck={false}
        autoCapitalize="characters"
        readOnly={login.isPending}
        error={errors.code?.message}
        {...register('code')}
      />
      <Button type="submit" size="lg" disabled={login.isPending} className="mt-8 w-full">
        {login.isPending ? 'Checking…' : 'Verify and sign in'}
      </Button>
      <Button variant="ghost" onClick={onCancel} className="mt-3 w-full">
        Use a different account
      </Button>
    </form>
  );
}
