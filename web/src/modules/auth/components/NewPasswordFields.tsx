import type { RefObject } from 'react';
import { FormField } from '@/modules/auth/components/FormField';
import {
  MIN_PASSWORD_LENGTH,
  type NewPassword,
  type NewPasswordErrors,
} from '@/modules/auth/validation/validateNewPassword';

export interface NewPasswordFieldsProps {
  idPrefix: string;
  values: NewPassword;
  errors: NewPasswordErrors;
  onChange: (field: keyof NewPassword, value: string) => void;
  readOnly?: boolean;
  passwordRef?: RefObject<HTMLInputElement | null>;
  confirmRef?: RefObject<HTMLInputElement | null>;
  /** Label of the first field, e.g. "Password" or "New password". */
  label?: string;
  className?: string;
}

/** A new password typed twice, with the rules people need before they start typing. */
export function NewPasswordFields({
  idPrefix,
  values,
  errors,
  onChange,
  readOnly = false,
  passwordRef,
  confirmRef,
  label = 'Password',
  className = '',
}: NewPasswordFieldsProps) {
  return (
    <div className={className}>
      <FormField
        ref={passwordRef}
        id={`${idPrefix}-password`}
        label={label}
        name="password"
        type="password"
        autoComplete="new-password"
        value={values.password}
        onChange={(event) => onChange('password', event.target.value)}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`}
        error={errors.password}
        readOnly={readOnly}
      />
      <FormField
        ref={confirmRef}
        id={`${idPrefix}-confirm-password`}
        label="Confirm password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        value={values.confirmPassword}
        onChange={(event) => onChange('confirmPassword', event.target.value)}
        error={errors.confirmPassword}
        readOnly={readOnly}
        className="mt-5"
      />
    </div>
  );
}
