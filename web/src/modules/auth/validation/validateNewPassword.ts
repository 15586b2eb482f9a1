/** Mirrors the API's length rule; strength and common-password checks stay on the server. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

export interface NewPassword {
  password: string;
  confirmPassword: string;
}

export type NewPasswordErrors = Partial<Record<keyof NewPassword, string>>;

export function validateNewPassword({ password, confirmPassword }: NewPassword): NewPasswordErrors {
  const errors: NewPasswordErrors = {};
  if (password === '') {
    errors.password = 'Choose a password.';
  } else if (password.length < MIN_PASSWORD_LENGTH) {
    errors.password = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  } else if (password.length > MAX_PASSWORD_LENGTH) {
    errors.password = `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  }
  if (confirmPassword === '') {
    errors.confirmPassword = 'Type the password once more.';
  } else if (password !== '' && confirmPassword !== password) {
    errors.confirmPassword = 'The two passwords don’t match yet.';
  }
  return errors;
}
