export const MAX_NAME_LENGTH = 100;

export interface Profile {
  firstName: string;
  lastName: string;
}

export type ProfileErrors = Partial<Record<keyof Profile, string>>;

/** A first name is needed (the coach uses it); the last name is optional. */
export function validateProfile({ firstName, lastName }: Profile): ProfileErrors {
  const errors: ProfileErrors = {};
  if (firstName.trim() === '') {
    errors.firstName = 'Tell us what to call you.';
  } else if (firstName.trim().length > MAX_NAME_LENGTH) {
    errors.firstName = `Keep it under ${MAX_NAME_LENGTH} characters.`;
  }
  if (lastName.trim().length > MAX_NAME_LENGTH) {
    errors.lastName = `Keep it under ${MAX_NAME_LENGTH} characters.`;
  }
  return errors;
}
