import type { components } from '@dev-coach/api-client';
import type { RaRecord } from 'react-admin';
import { valuesOf } from '../common/exhaustive';

type Schemas = components['schemas'];

export type EmailSummary = Schemas['EmailSummaryDto'] & RaRecord<string>;
export type EmailDetail = Schemas['EmailDetailDto'] & RaRecord<string>;
export type EmailStatus = Schemas['EmailStatus'];
export type EmailTemplate = Schemas['EmailTemplate'];

const emailStatuses = valuesOf<EmailStatus>()(['pending', 'sending', 'retrying', 'sent', 'logged', 'failed']);
const emailTemplates = valuesOf<EmailTemplate>()([
  'invite',
  'verify_email',
  'reset_password',
  'password_changed',
  'staff_safety_alert',
  'staff_webhook_disabled',
]);

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
