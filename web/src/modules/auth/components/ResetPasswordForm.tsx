import { type FormEvent, useId, useRef, useState } from 'react';
import { useResetPassword } from '@/modules/auth/api/useResetPassword';
import { FormAlert } from '@/modules/auth/components/FormAlert';
import { NewPasswordFields } from '@/modules/auth/components/NewPasswordFields';
import { type LinkProblem, linkProblemOf } from '@/modules/auth/lib/linkProblem';
import { serverFieldErrors, serverFormMessage } from '@/modules/auth/lib/serverFieldErrors';
import {
  type NewPassword,
  type NewPasswordErrors,
  validateNewPassword,
} from '@/modules/auth/validation/validateNewPassword';
import { Button } from '@/modules/ui/components/Button';

export interface ResetPasswordFormProps {
  token: string;
  /** The new password is saved; every session of the account has ended. */
  onReset: () => void;
  /** The link turned out to be expired, used or unknown. */
  onLinkProblem: (problem: LinkProblem) => void;
}

const EMPTY: NewPassword = { password: '', confirmPassword: '' };
const SERVER_FIELDS = ['password'] as const;

export function ResetPasswordForm({ token, onReset, onLinkProblem }: ResetPasswordFormProps) {
  const id = useId();
  const reset = useResetPassword();
  const [values, setValues] = useState<NewPassword>(EMPTY);
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  const pending = reset.isPending;
  const passwordError = errors.password ?? serverFieldErrors(reset.error, SERVER_FIELDS).password;
  const formMessage = linkProblemOf(reset.error) ? undefined : serverFormMessage(reset.error, SERVER_FIELDS);

  function update(field: keyof NewPassword, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    if (submitted) {
      setErrors(validateNewPassword(next));
    }
    if (reset.isError) {
      reset.reset();
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) {
      return;
    }
    setSubmitted(true);
    const nextErrors = validateNewPassword(values);
    setErrors(nextErrors);
    if (nextErrors.password) {
      passwordRef.current?.focus();
      return;
    }
    if (nextErrors.confirmPassword) {
      confirmRef.current?.focus();
      return;
    }
    reset.mutate(
      { token, password: values.password },
      {
        onSuccess: () => onReset(),
        onError: (error) => {
          const problem = linkProblemOf(error);
          if (problem) {
            onLinkProblem(problem);
          } else if (serverFieldErrors(error, SERVER_FIELDS).password) {
            passwordRef.current?.focus();
          }
        },
      },
    );
  }

  return (
    <form noValidate onSubmit={handleSubmit} aria-describedby={formMessage ? `${id}-form-error` : undefined}>
      <FormAlert id={`${id}-form-error`} message={formMessage} />
      <NewPasswordFields
        idPrefix={id}
        values={values}
        errors={{ password: passwordError, confirmPassword: errors.confirmPassword }}
        onChange={update}
        readOnly={pending}
        passwordRef={passwordRef}
        confirmRef={confirmRef}
        label="New password"
      />
      <Button type="submit" size="lg" disabled={pending} className="mt-8 w-full">
        {pending ? 'Saving…' : 'Save my new password'}
      </Button>
    </form>
  );
}
