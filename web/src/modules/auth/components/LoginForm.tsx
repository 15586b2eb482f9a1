import { Link } from '@tanstack/react-router';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useLogin } from '@/modules/auth/api/useLogin';
import { FormAlert } from '@/modules/auth/components/FormAlert';
import { FormField } from '@/modules/auth/components/FormField';
import { TwoFactorStep } from '@/modules/auth/components/TwoFactorStep';
import { OTP_REQUIRED } from '@/modules/auth/lib/otpCode';
import {
  type Credentials,
  type CredentialsErrors,
  validateCredentials,
} from '@/modules/auth/validation/validateCredentials';
import { Button } from '@/modules/ui/components/Button';

export interface LoginFormProps {
  /** Called once the server has accepted the credentials and set the session cookie. */
  onSuccess?: () => void;
}

const EMPTY: Credentials = { email: '', password: '' };

export function LoginForm({ onSuccess }: LoginFormProps) {
  const id = useId();
  const login = useLogin();
  const [values, setValues] = useState<Credentials>(EMPTY);
  const [errors, setErrors] = useState<CredentialsErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const pending = login.isPending;
  const needsCode = login.error?.code === OTP_REQUIRED;
  const serverError = needsCode ? null : login.error;
  // Field-level problems reported by the server (e.g. validation_failed) join the local ones.
  const serverFieldErrors: CredentialsErrors = {};
  for (const detail of serverError?.details ?? []) {
    if (detail.field === 'email' || detail.field === 'password') {
      serverFieldErrors[detail.field] ??= detail.message;
    }
  }
  const emailError = errors.email ?? serverFieldErrors.email;
  const passwordError = errors.password ?? serverFieldErrors.password;

  function update(field: keyof Credentials, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    if (submitted) {
      // After the first attempt, let messages disappear as soon as the field is fixed.
      setErrors(validateCredentials(next));
    }
    if (login.isError) {
      login.reset();
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) {
      return;
    }
    setSubmitted(true);
    const nextErrors = validateCredentials(values);
    setErrors(nextErrors);
    if (nextErrors.email) {
      emailRef.current?.focus();
      return;
    }
    if (nextErrors.password) {
      passwordRef.current?.focus();
      return;
    }
    login.mutate(values, { onSuccess: () => onSuccess?.() });
  }

  if (needsCode) {
    return (
      <TwoFactorStep
        credentials={values}
        onSuccess={() => onSuccess?.()}
        onCancel={() => {
          login.reset();
          setValues({ ...values, password: '' });
        }}
      />
    );
  }

  return (
    <form
      noValidate
      onSubmit={handleSubmit}
      aria-describedby={serverError ? `${id}-server-error` : undefined}
    >
      <FormAlert id={`${id}-server-error`} message={serverError?.message} />
      <FormField
        ref={emailRef}
        id={`${id}-email`}
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        value={values.email}
        onChange={(event) => update('email', event.target.value)}
        error={emailError}
        readOnly={pending}
      />
      <FormField
        ref={passwordRef}
        id={`${id}-password`}
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={values.password}
        onChange={(event) => update('password', event.target.value)}
        error={passwordError}
        readOnly={pending}
        className="mt-5"
        labelAside={
          <Link
            to="/forgot-password"
            className="rounded text-sm font-medium text-brand-700 underline-offset-4 hover:text-brand-800 hover:underline"
          >
            Forgot your password?
          </Link>
        }
      />
      <Button type="submit" size="lg" disabled={pending} className="mt-8 w-full">
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
