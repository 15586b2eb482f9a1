import { type FormEvent, useId, useRef, useState } from 'react';
import type { User } from '@/modules/auth/api/meQuery';
import { useAcceptInvite } from '@/modules/auth/api/useAcceptInvite';
import { FormAlert } from '@/modules/auth/components/FormAlert';
import { FormField } from '@/modules/auth/components/FormField';
import { NewPasswordFields } from '@/modules/auth/components/NewPasswordFields';
import { type LinkProblem, linkProblemOf } from '@/modules/auth/lib/linkProblem';
import { serverFieldErrors, serverFormMessage } from '@/modules/auth/lib/serverFieldErrors';
import { type NewPassword, validateNewPassword } from '@/modules/auth/validation/validateNewPassword';
import { type Profile, validateProfile } from '@/modules/auth/validation/validateProfile';
import { Button } from '@/modules/ui/components/Button';

export interface AcceptInviteFormProps {
  token: string;
  /** The invited address: shown to the person and offered to password managers as the username. */
  email: string;
  /** The account exists and the API has signed it in. */
  onAccepted: (user: User) => void;
  /** The link stopped working between opening the page and submitting (expired, used elsewhere). */
  onLinkProblem: (problem: LinkProblem) => void;
}

type Values = Profile & NewPassword;
type Field = keyof Values;
type Errors = Partial<Record<Field, string>>;

const EMPTY: Values = { firstName: '', lastName: '', password: '', confirmPassword: '' };
const FIELD_ORDER: readonly Field[] = ['firstName', 'lastName', 'password', 'confirmPassword'];
const SERVER_FIELDS = ['firstName', 'lastName', 'password'] as const;

function validate(values: Values): Errors {
  return { ...validateProfile(values), ...validateNewPassword(values) };
}

export function AcceptInviteForm({ token, email, onAccepted, onLinkProblem }: AcceptInviteFormProps) {
  const id = useId();
  const accept = useAcceptInvite();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [submitted, setSubmitted] = useState(false);
  const firstNameRef = useRef<HTMLInputElement>(null);
  const lastNameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const refs = {
    firstName: firstNameRef,
    lastName: lastNameRef,
    password: passwordRef,
    confirmPassword: confirmRef,
  };

  const pending = accept.isPending;
  const fromServer = serverFieldErrors(accept.error, SERVER_FIELDS);
  const errorOf = (field: Field) =>
    errors[field] ?? (field === 'confirmPassword' ? undefined : fromServer[field]);
  const formMessage = linkProblemOf(accept.error)
    ? undefined
    : serverFormMessage(accept.error, SERVER_FIELDS);

  function update(field: Field, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    if (submitted) {
      setErrors(validate(next));
    }
    if (accept.isError) {
      accept.reset();
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) {
      return;
    }
    setSubmitted(true);
    const nextErrors = validate(values);
    setErrors(nextErrors);
    const firstInvalid = FIELD_ORDER.find((field) => nextErrors[field]);
    if (firstInvalid) {
      refs[firstInvalid].current?.focus();
      return;
    }
    accept.mutate(
      {
        token,
        firstName: values.firstName.trim(),
        lastName: values.lastName.trim(),
        password: values.password,
      },
      {
        onSuccess: (response) => onAccepted(response.user),
        onError: (error) => {
          const problem = linkProblemOf(error);
          if (problem) {
            onLinkProblem(problem);
            return;
          }
          const rejected = serverFieldErrors(error, SERVER_FIELDS);
          const field = SERVER_FIELDS.find((candidate) => rejected[candidate]);
          if (field) {
            refs[field].current?.focus();
          }
        },
      },
    );
  }

  return (
    <form noValidate onSubmit={handleSubmit} aria-describedby={formMessage ? `${id}-form-error` : undefined}>
      <FormAlert id={`${id}-form-error`} message={formMessage} />
      {/* Lets password managers save the new password under the invited address. */}
      <input
        type="email"
        name="username"
        autoComplete="username"
        value={email}
        readOnly
        tabIndex={-1}
        aria-hidden="true"
        className="sr-only"
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField
          ref={firstNameRef}
          id={`${id}-first-name`}
          label="First name"
          name="firstName"
          autoComplete="given-name"
          value={values.firstName}
          onChange={(event) => update('firstName', event.target.value)}
          error={errorOf('firstName')}
          readOnly={pending}
        />
        <FormField
          ref={lastNameRef}
          id={`${id}-last-name`}
          label="Last name"
          name="lastName"
          autoComplete="family-name"
          value={values.lastName}
          onChange={(event) => update('lastName', event.target.value)}
          error={errorOf('lastName')}
          readOnly={pending}
        />
      </div>
      <NewPasswordFields
        idPrefix={id}
        values={values}
        errors={{ password: errorOf('password'), confirmPassword: errorOf('confirmPassword') }}
        onChange={update}
        readOnly={pending}
        passwordRef={passwordRef}
        confirmRef={confirmRef}
        label="Choose a password"
        className="mt-5"
      />
      <Button type="submit" size="lg" disabled={pending} className="mt-8 w-full">
        {pending ? 'Setting up your account…' : 'Create my account'}
      </Button>
    </form>
  );
}
