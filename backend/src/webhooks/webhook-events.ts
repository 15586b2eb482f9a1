import type { Phase } from 'src/curriculum/phases';

// The events a receiver can subscribe to. Payloads carry ids (and phase names) only: a receiver
// that needs more reads it through the API with its own credentials, so no message text, name
// or other personal content ever leaves in a webhook.
export const WEBHOOK_EVENT_TYPES = [
  'invite.accepted',
  'turn.completed',
  'turn.failed',
  'phase.changed',
  'identity.committed',
  'safety.flagged',
  'user.deleted',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Not subscribable: "Send test" delivers it to one endpoint whatever its events. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';
export const WEBHOOK_DELIVERY_EVENT_TYPES = [...WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT] as const;

export interface WebhookEventData {
  'invite.accepted': { inviteId: string; userId: string };
  'turn.completed': { turnId: string; userId: string };
  'turn.failed': { turnId: string; userId: string; errorCode: string };
  'phase.changed': { userId: string; from: Phase; to: Phase };
  'identity.committed': { identityId: string; userId: string };
  'safety.flagged': { safetyEventId: string; userId: string };
  'user.deleted': { userId: string };
}
