// The webhooks resource (superusers) for <Resource name="webhooks" {...webhooks} />.
export { default as icon } from '@mui/icons-material/Webhook';
export { WebhookCreate as create } from './WebhookCreate';
export { WebhookEdit as edit } from './WebhookEdit';
export { WebhookList as list } from './WebhookList';
export { WebhookShow as show } from './WebhookShow';
export { webhookRepresentation as recordRepresentation } from './types';
