import { HttpError, type useNotify } from 'react-admin';
import type { HttpErrorBody } from '../providers/httpClient';

/**
 * For a form's `onSubmit`: the API's per-field messages (shown next to the inputs), or, when the
 * error is not about a field, a notification with the server's own message and no field errors.
 */
export const fieldErrorsOrNotify = (
  error: unknown,
  notify: ReturnType<typeof useNotify>,
): Record<string, string> | undefined => {
  const body = error instanceof HttpError ? (error.body as HttpErrorBody | null) : null;
  if (body?.errors) {
    return body.errors;
  }
  notify(error instanceof Error && error.message ? error.message : 'ra.notification.http_error', {
    type: 'error',
  });
  return undefined;
};
