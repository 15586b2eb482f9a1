export {
  createDevCoachClient,
  type DevCoachClient,
  type DevCoachClientOptions,
  type TurnInput,
} from './client.js';
export type { BearerTokens } from './credentials.js';
export { DevCoachApiError, parseRetryAfterSeconds, readErrorBody } from './errors.js';
export type { RetryOptions } from './retry.js';
export type { FetchLike } from './sdkFetch.js';
export { followTurnEvents, type StreamTurnOptions } from './streamTurn.js';
export {
  isTerminalTurnEvent,
  parseTurnEvent,
  type TurnActionEvent,
  type TurnEvent,
  type TurnEventType,
} from './turnEvents.js';
export {
  verifyWebhook,
  type VerifiedWebhook,
  type VerifyWebhookOptions,
  type WebhookHeaders,
  WebhookVerificationError,
} from './verifyWebhook.js';
