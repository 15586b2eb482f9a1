import { ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';

export const isTimeZone = (value: unknown): boolean => {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) {
    return false;
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

@ValidatorConstraint({ name: 'isTimeZone' })
export class IsTimeZoneConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return isTimeZone(value);
  }

  defaultMessage(): string {
    return '$property must be an IANA time zone such as Europe/Berlin';
  }
}
