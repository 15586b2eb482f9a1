import type { LinkProblem } from '@/modules/auth/lib/linkProblem';

/** Which emailed link a page serves. */
export type LinkFlow = 'invite' | 'verify-email' | 'reset-password';

export interface LinkProblemCopy {
  title: string;
  body: string;
  /** Most problems need a new link; a used verification link simply means the job is done. */
  tone: 'problem' | 'success';
}

const INCOMPLETE =
  'The code at the end of the link is missing. Open the link straight from the email, or copy the whole address into your browser.';

const COPY: Record<LinkFlow, Record<LinkProblem, LinkProblemCopy>> = {
  invite: {
    missing: { tone: 'problem', title: 'This invitation link is incomplete', body: INCOMPLETE },
    invalid: {
      tone: 'problem',
      title: 'This invitation link doesn’t work',
      body: 'It may have been copied only in part, or replaced by a newer invitation. Ask the person who invited you to send a fresh one.',
    },
    expired: {
      tone: 'problem',
      title: 'This invitation has expired',
      body: 'Invitations stay open for seven days. Ask the person who invited you to send a new one — it only takes them a moment.',
    },
    used: {
      tone: 'problem',
      title: 'This invitation has already been accepted',
      body: 'If that was you, your account is ready and waiting. Sign in with the password you chose.',
    },
  },
  'verify-email': {
    missing: { tone: 'problem', title: 'This confirmation link is incomplete', body: INCOMPLETE },
    invalid: {
      tone: 'problem',
      title: 'This confirmation link doesn’t work',
      body: 'It may have been copied only in part, or replaced by a newer email. Enter your address below and we’ll send a fresh link.',
    },
    expired: {
      tone: 'problem',
      title: 'This confirmation link has expired',
      body: 'Confirmation links work for 24 hours. Enter your address below and we’ll send you a new one.',
    },
    used: {
      tone: 'success',
      title: 'Your email is already confirmed',
      body: 'This link has been used before, so there is nothing left to do. You can sign in whenever you’re ready.',
    },
  },
  'reset-password': {
    missing: { tone: 'problem', title: 'This reset link is incomplete', body: INCOMPLETE },
    invalid: {
      tone: 'problem',
      title: 'This reset link doesn’t work',
      body: 'It may have been copied only in part, or a newer reset email replaced it. Ask for a new link and use the most recent email.',
    },
    expired: {
      tone: 'problem',
      title: 'This reset link has expired',
      body: 'To keep your account safe, reset links only work for 30 minutes. Ask for a new one and you’ll be back in shortly.',
    },
    used: {
      tone: 'problem',
      title: 'This reset link has already been used',
      body: 'If you just chose a new password, sign in with it. Otherwise, ask for a new link.',
    },
  },
};

export function linkProblemCopy(flow: LinkFlow, problem: LinkProblem): LinkProblemCopy {
  return COPY[flow][problem];
}
