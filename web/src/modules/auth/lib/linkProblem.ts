import type { ApiError } from '@dev-coach/frontend-api';

/** What can be wrong with an emailed link, as far as the person is concerned. */
export type LinkProblem = 'missing' | 'invalid' | 'expired' | 'used';

const TOKEN_CODES: Record<string, LinkProblem> = {
  token_invalid: 'invalid',
  token_expired: 'expired',
  token_used: 'used',
};

/** The link problem an API error describes, or `undefined` when the error is about something else. */
export function linkProblemOf(error: ApiError | null | undefined): LinkProblem | undefined {
  if (!error || error.statusCode !== 400) {
    return undefined;
  }
  const problem = TOKEN_CODES[error.code];
  if (problem) {
    return problem;
  }
  // A truncated link fails validation on the token field before it is even looked up.
  if (error.details?.some((detail) => detail.field === 'token')) {
    return 'invalid';
  }
  return undefined;
}
