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

/** Search params of `/login`: unknown values are dropped rather than shown. */
export function validateLoginSearch(search: Record<string, unknown>): { notice?: LoginNotice } {
  return isLoginNotice(search.notice) ? { notice: search.notice } : {};
}
