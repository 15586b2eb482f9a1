import { safeRedirectPath } from '@/modules/auth/lib/redirectTarget';

/** Why someone lands on the sign-in page, shown as a short note above the form. */
export type LoginNotice = 'password-reset' | 'signed-out' | 'session-ended';

const NOTICES: Record<LoginNotice, string> = {
  'password-reset': 'Your new password is saved. Sign in with it to carry on.',
  'signed-out': 'You’re signed out. See you next time.',
  'session-ended': 'Your session has ended. Please sign in again to carry on.',
};

export function isLoginNotice(value: unknown): value is LoginNotice {
  return typeof value === 'string' && Object.hasOwn(NOTICES, value);
}

export function loginNoticeText(notice: LoginNotice): string {
  return NOTICES[notice];
}

export interface LoginSearch {
  notice?: LoginNotice;
  /** Where to go after signing in: a same-origin path such as `/app/memory`. */
  redirect?: string;
}

/**
 * Search params of `/login`: unknown notices and unsafe redirects are dropped rather than used.
 * Both keys are always returned (maybe `undefined`) because the router merges the result over
 * the raw search, so a key left out would keep its unchecked value.
 */
export function validateLoginSearch(search: Record<string, unknown>): LoginSearch {
  return {
    notice: isLoginNotice(search.notice) ? search.notice : undefined,
    redirect: safeRedirectPath(search.redirect),
  };
}
