import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormAlert } from '@/modules/auth/components/FormAlert';
import { FormField } from '@/modules/auth/components/FormField';
import { normaliseOtp } from '@/modules/auth/lib/otpCode';
import { Button } from '@/modules/ui/components/Button';

const schema = z.object({
  password: z.string(),
  code: z.string().trim().min(1, 'Enter the code your authenticator app shows.'),
});
type Values = z.infer<typeof schema>;

export interface OtpFormProps {
  /** Turning two-step sign-in off also asks for the password. */
  withPassword?: boolean;
  codeHint: string;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  error?: string;
  onSubmit: (values: { password: string; otp: string }) => void;
}

/** A code from the authenticator app (and, to turn it off, the password too). */
export function OtpForm({
  withPassword = false,
  codeHint,
  submitLabel,
  pendingLabel,
  pending,
  error,
  onSubmit,
}: OtpFormProps) {
  const id = useId();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(
      withPassword ? schema.extend({ password: z.string().min(1, 'Enter your password.') }) : schema,
    ),
    defaultValues: { password: '', code: '' },
  });

  const submit = handleSubmit(({ password, code }) => onSubmit({ password, otp: normaliseOtp(code) }));

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="max-w-sm">
      <FormAlert message={error} />
      {withPassword ? (
        <FormField
          id={`${id}-password`}
          label="Password"
          type="password"
          autoComplete="current-password"
          className="mb-5"
          error={errors.password?.message}
          {...register('password')}
        />
      ) : null}
      <FormField
        id={`${id}-code`}
        label="Code"
        autoComplete="one-time-code"
        inputMode={withPassword ? 'text' : 'numeric'}
        spellCheck={false}
        hint={codeHint}
        error={errors.code?.message}
        {...register('code')}
      />
      <Button type="submit" className="mt-5" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
