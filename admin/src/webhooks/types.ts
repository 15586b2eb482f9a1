import type { components } from '@dev-coach/api-client';
import type { RaRecord } from 'react-admin';
import { valuesOf } from '../common/exhaustive';

type Schemas = components['schemas'];

export type WebhookEndpoint = Schemas['WebhookEndpointDto'] & RaRecord<string>;
export type CreatedWebhookEndpoint = Schemas['CreatedWebhookEndpointDto'] & RaRecord<string>;
export type WebhookDelivery = Schemas['WebhookDeliveryDto'] & RaRecord<string>;
export type WebhookDeliveryDetail = Schemas['WebhookDeliveryDetailDto'] & RaRecord<string>;
export type WebhookEventType = Schemas['WebhookEventType'];
export type WebhookDeliveryStatus = Schemas['WebhookDeliveryStatus'];
export type NewWebhookEndpoint = Schemas['CreateWebhookEndpointDto'];

/** The deliveries of every endpoint, as a react-admin resource (`/admin/webhooks/deliveries`). */
export const DELIVERIES = 'webhooks/deliveries';

export const webhookEventTypes = valuesOf<WebhookEventType>()([
  'invite.accepted',
  'turn.completed',
  'turn.failed',
  'phase.changed',
  'identity.committed',
  'safety.flagged',
  'user.deleted',
]);
const deliveryStatuses = valuesOf<WebhookDeliveryStatus>()(['pending', 'delivered', 'failed']);

export const webhookEventChoices = webhookEventTypes.map((type) => ({
  id: type,
  name: `devcoach.webhooks.event.${type}`,
}));
export const deliveryStatusChoices = deliveryStatuses.map((status) => ({
  id: status,
  name: `devcoach.webhooks.delivery_status.${status}`,
}));

export const webhookRepresentation = (endpoint: Pick<WebhookEndpoint, 'url'>): string => endpoint.url;
