import { validateEmail } from '@/modules/auth/validation/validateEmail';

export interface Credentials {
  email: string;
  password: string;
}

export type CredentialsErrors = Partial<Record<keyof Credentials, string>>;

export function validateCredentials({ email, password }: Credentials): CredentialsErrors {
  const errors: CredentialsErrors = {};
  const emailError = validateEmail(email);
  if (emailError) {
    errors.email = emailError;
  }
  if (password === '') {
    errors.password = 'Enter your password.';
  }
  return errors;
}
