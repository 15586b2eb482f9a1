import type { ApiError } from '@dev-coach/frontend-api';

/**
 * The server's per-field messages (e.g. `password_too_weak` names `password`) for the fields a
 * form shows; the first message per field wins.
 */
export function serverFieldErrors<TField extends string>(
  error: ApiError | null | undefined,
  fields: readonly TField[],
): Partial<Record<TField, string>> {
  const errors: Partial<Record<TField, string>> = {};
  for (const detail of error?.details ?? []) {
    const field = fields.find((candidate) => candidate === detail.field);
    if (field !== undefined) {
      errors[field] ??= detail.message;
    }
  }
  return errors;
}

/** The form-level message to show: nothing when every problem is already shown on a field. */
export function serverFormMessage(
  error: ApiError | null | undefined,
  fields: readonly string[],
): string | undefined {
  if (!error) {
    return undefined;
  }
  const details = error.details ?? [];
  const allOnFields =
    details.length > 0 &&
    details.every((detail) => detail.field !== undefined && fields.includes(detail.field));
  return allOnFields ? undefined : error.message;
}
