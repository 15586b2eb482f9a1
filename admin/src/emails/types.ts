import type { components } from '@dev-coach/api-client';
import type { RaRecord } from 'react-admin';

type Schemas = components['schemas'];

export type EmailSummary = Schemas['EmailSummaryDto'] & RaRecord<string>;
export type EmailDetail = Schemas['EmailDetailDto'] & RaRecord<string>;
export type EmailStatus = Schemas['EmailStatus'];
export type EmailTemplate = Schemas['EmailTemplate'];

const emailStatuses = [
  'pending',
  'sending',
  'retrying',
  'sent',
  'logged',
  'failed',
] as const satisfies readonly EmailStatus[];
const emailTemplates = [
  'invite',
  'verify_email',
  'reset_password',
  'password_changed',
  'staff_safety_alert',
] as const satisfies readonly EmailTemplate[];

// Fail to compile when the API gains a status or template these lists do not show yet.
export const emailStatusesAreComplete: [Exclude<EmailStatus, (typeof emailStatuses)[number]>] extends [never]
  ? true
  : false = true;
export const emailTemplatesAreComplete: [Exclude<EmailTemplate, (typeof emailTemplates)[number]>] extends [
  never,
]
  ? true
  : false = true;

export const emailStatusChoices = emailStatuses.map((status) => ({
  id: status,
  name: `devcoach.emails.status.${status}`,
}));
export const emailTemplateChoices = emailTemplates.map((template) => ({
  id: template,
  name: `devcoach.emails.template.${template}`,
}));

/** How long a row may sit in `sending` before staff may retry it (backend EmailService.retry). */
export const STUCK_SENDING_MS = 15 * 60_000;

/** Mirrors the API's rule: failed rows, or rows stuck `sending` for 15 minutes, can be retried. */
export const canRetryEmail = (email: Pick<EmailSummary, 'status' | 'updatedAt'>, now = Date.now()): boolean =>
  email.status === 'failed' ||
  (email.status === 'sending' && now - new Date(email.updatedAt).getTime() >= STUCK_SENDING_MS);

export const emailRepresentation = (email: Pick<EmailSummary, 'subject'>): string => email.subject;
