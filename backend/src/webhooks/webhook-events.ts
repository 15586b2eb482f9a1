// The events a receiver can subscribe to. Payloads carry ids only: a receiver that needs more
// reads it through the API with its own credentials, so no message text ever leaves in a webhook.
export const WEBHOOK_EVENT_TYPES = ['safety.flagged'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export interface WebhookEventData {
  'safety.flagged': { safetyEventId: string; userId: string };
}
