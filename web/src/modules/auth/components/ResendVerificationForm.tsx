import { type FormEvent, useId, useRef, useState } from 'react';
import { useResendVerification } from '@/modules/auth/api/useResendVerification';
import { FormAlert } from '@/modules/auth/components/FormAlert';
import { FormField } from '@/modules/auth/components/FormField';
import { Notice } from '@/modules/auth/components/Notice';
import { serverFieldErrors, serverFormMessage } from '@/modules/auth/lib/serverFieldErrors';
import { validateEmail } from '@/modules/auth/validation/validateEmail';
import { Button } from '@/modules/ui/components/Button';

const SERVER_FIELDS = ['email'] as const;

/** Asks for a fresh confirmation email. The answer is the same whether or not the address is known. */
export function ResendVerificationForm() {
  const id = useId();
  const resend = useResendVerification();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [sentTo, setSentTo] = useState<string>();
  const emailRef = useRef<HTMLInputElement>(null);

  const fieldError = error ?? serverFieldErrors(resend.error, SERVER_FIELDS).email;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (resend.isPending) {
      return;
    }
    const problem = validateEmail(email);
    setError(problem);
    if (problem) {
      emailRef.current?.focus();
      return;
    }
    const address = email.trim();
    resend.mutate({ email: address }, { onSuccess: () => setSentTo(address) });
  }

  if (sentTo) {
    return (
      <Notice>
        If <strong className="font-semibold break-words">{sentTo}</strong> is waiting to be confirmed, a new
        link is on its way. It works for 24 hours.
      </Notice>
    );
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="w-full text-left">
      <FormAlert message={serverFormMessage(resend.error, SERVER_FIELDS)} />
      <FormField
        ref={emailRef}
        id={`${id}-email`}
        label="Your email"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        value={email}
        onChange={(event) => {
          setEmail(event.target.value);
          setError(undefined);
          if (resend.isError) {
            resend.reset();
          }
        }}
        error={fieldError}
        readOnly={resend.isPending}
      />
      <Button type="submit" size="lg" disabled={resend.isPending} className="mt-5 w-full">
        {resend.isPending ? 'Sending…' : 'Send me a new link'}
      </Button>
    </form>
  );
}
