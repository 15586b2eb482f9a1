import { type FormEvent, useId, useRef, useState } from 'react';
import { useForgotPassword } from '@/modules/auth/api/useForgotPassword';
import { FormAlert } from '@/modules/auth/components/FormAlert';
import { FormField } from '@/modules/auth/components/FormField';
import { serverFieldErrors, serverFormMessage } from '@/modules/auth/lib/serverFieldErrors';
import { validateEmail } from '@/modules/auth/validation/validateEmail';
import { Button } from '@/modules/ui/components/Button';

export interface ForgotPasswordFormProps {
  /** The request was accepted (which says nothing about whether the account exists). */
  onSent: (email: string) => void;
}

const SERVER_FIELDS = ['email'] as const;

export function ForgotPasswordForm({ onSent }: ForgotPasswordFormProps) {
  const id = useId();
  const forgot = useForgotPassword();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const emailRef = useRef<HTMLInputElement>(null);

  const pending = forgot.isPending;
  const formMessage = serverFormMessage(forgot.error, SERVER_FIELDS);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) {
      return;
    }
    const problem = validateEmail(email);
    setError(problem);
    if (problem) {
      emailRef.current?.focus();
      return;
    }
    const address = email.trim();
    forgot.mutate({ email: address }, { onSuccess: () => onSent(address) });
  }

  return (
    <form noValidate onSubmit={handleSubmit} aria-describedby={formMessage ? `${id}-form-error` : undefined}>
      <FormAlert id={`${id}-form-error`} message={formMessage} />
      <FormField
        ref={emailRef}
        id={`${id}-email`}
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        value={email}
        onChange={(event) => {
          setEmail(event.target.value);
          if (error) {
            setError(validateEmail(event.target.value));
          }
          if (forgot.isError) {
            forgot.reset();
          }
        }}
        error={error ?? serverFieldErrors(forgot.error, SERVER_FIELDS).email}
        readOnly={pending}
      />
      <Button type="submit" size="lg" disabled={pending} className="mt-8 w-full">
        {pending ? 'Sending…' : 'Send me a reset link'}
      </Button>
    </form>
  );
}
