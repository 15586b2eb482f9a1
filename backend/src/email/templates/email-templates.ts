import { greetingFor, type RenderedEmail, renderLayout } from 'src/email/templates/layout';

export enum EmailTemplate {
  Invite = 'invite',
  VerifyEmail = 'verify_email',
  ResetPassword = 'reset_password',
  PasswordChanged = 'password_changed',
  StaffSafetyAlert = 'staff_safety_alert',
  StaffWebhookDisabled = 'staff_webhook_disabled',
}

/** Non-secret values each template reads; the secret link travels separately (sealed). */
export interface EmailVariables {
  [EmailTemplate.Invite]: { inviterName: string; expiresAt: string };
  [EmailTemplate.VerifyEmail]: { firstName: string };
  [EmailTemplate.ResetPassword]: { firstName: string; expiresInMinutes: string };
  [EmailTemplate.PasswordChanged]: { firstName: string; changedAt: string; how: 'changed' | 'reset' };
  [EmailTemplate.StaffSafetyAlert]: { clientLabel: string; summary: string; reviewUrl: string };
  [EmailTemplate.StaffWebhookDisabled]: {
    url: string;
    failures: string;
    lastError: string;
    reviewUrl: string;
  };
}

/** Templates whose action link carries a one-time secret (and is therefore sealed at rest). */
export const SECRET_LINK_TEMPLATES = new Set<EmailTemplate>([
  EmailTemplate.Invite,
  EmailTemplate.VerifyEmail,
  EmailTemplate.ResetPassword,
]);

const readableDate = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : `${date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })} UTC`;
};

type Renderers = { [T in EmailTemplate]: (variables: EmailVariables[T], link: string) => RenderedEmail };

const RENDERERS: Renderers = {
  [EmailTemplate.Invite]: (v, link) =>
    renderLayout({
      subject: 'You are invited to Dev Coach',
      preheader: 'Set a password and meet your coach.',
      greeting: 'Hello,',
      paragraphs: [
        `${v.inviterName} has invited you to Dev Coach, a coach that helps you discover who you want to be and put it into words.`,
        'Choose a password to set up your account. It only takes a minute, and your email address is confirmed along the way.',
        `The link works once and until ${readableDate(v.expiresAt)}.`,
      ],
      action: { label: 'Accept the invitation', url: link },
      footnote: 'Not expecting this? You can ignore this email; no account is created unless you accept.',
    }),
  [EmailTemplate.VerifyEmail]: (v, link) =>
    renderLayout({
      subject: 'Please confirm your email address',
      preheader: 'One click and your account is ready.',
      greeting: greetingFor(v.firstName),
      paragraphs: [
        'Thank you for joining Dev Coach. Please confirm that this address is yours so we can keep your account safe.',
        'The link works once, within the next 24 hours.',
      ],
      action: { label: 'Confirm my email', url: link },
      footnote:
        'If you did not sign up, nothing happens unless someone clicks the link; you can ignore this email.',
    }),
  [EmailTemplate.ResetPassword]: (v, link) =>
    renderLayout({
      subject: 'Reset your Dev Coach password',
      preheader: 'A link to choose a new password.',
      greeting: greetingFor(v.firstName),
      paragraphs: [
        'Someone (hopefully you) asked to reset the password for your Dev Coach account.',
        `Use the link below within ${v.expiresInMinutes} minutes to choose a new one. It works once, and afterwards every device that was signed in will need the new password.`,
      ],
      action: { label: 'Choose a new password', url: link },
      footnote: 'Did not ask for this? Your password stays as it is; you can safely ignore this email.',
    }),
  [EmailTemplate.PasswordChanged]: (v) =>
    renderLayout({
      subject: 'Your Dev Coach password was changed',
      preheader: 'A quick note to keep you in the loop.',
      greeting: greetingFor(v.firstName),
      paragraphs: [
        `Your password was ${v.how === 'reset' ? 'reset with an emailed link' : 'changed'} on ${readableDate(v.changedAt)}.`,
        'If that was you, there is nothing more to do. Other devices have been signed out and will ask for the new password.',
        'If it was not you, please reset your password straight away using "Forgot password" on the sign-in page, and let us know.',
      ],
      footnote: 'We send this note whenever a password changes, so you always know.',
    }),
  [EmailTemplate.StaffSafetyAlert]: (v) =>
    renderLayout({
      subject: 'Safety alert: a client may need attention',
      preheader: 'A conversation was flagged for review.',
      greeting: 'Hello,',
      paragraphs: [
        `A message from ${v.clientLabel} was flagged by the safety check and is waiting for a person to look at it.`,
        v.summary,
        'Please review it soon and resolve the event with a short note once it has been handled.',
      ],
      action: { label: 'Review the safety event', url: v.reviewUrl },
      footnote: 'You receive this because you are on the Dev Coach staff team.',
    }),
  [EmailTemplate.StaffWebhookDisabled]: (v) =>
    renderLayout({
      subject: 'A webhook receiver was switched off',
      preheader: 'Events are no longer sent to it until someone turns it back on.',
      greeting: 'Hello,',
      paragraphs: [
        `The receiver at ${v.url} failed ${v.failures} times in a row, so Dev Coach stopped sending events to it.`,
        `The last attempt ended with: ${v.lastError}`,
        'Once the receiver works again, re-enable it in the back office; deliveries that failed meanwhile can be sent again from its delivery log.',
      ],
      action: { label: 'Open the webhook', url: v.reviewUrl },
      footnote: 'You receive this because you are on the Dev Coach staff team.',
    }),
};

export const renderEmail = <T extends EmailTemplate>(
  template: T,
  variables: EmailVariables[T],
  link: string,
): RenderedEmail =>
  (RENDERERS[template] as (variables: EmailVariables[T], link: string) => RenderedEmail)(variables, link);

export const isEmailTemplate = (value: string): value is EmailTemplate =>
  (Object.values(EmailTemplate) as string[]).includes(value);
