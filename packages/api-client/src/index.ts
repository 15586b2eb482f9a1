import createClient, { type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, operations, paths } from './schema.js';

/** The documented error body every non-2xx response carries (`ErrorResponseDto`). */
export type ApiErrorBody = components['schemas']['ErrorResponseDto'];

// Cookies travel by default so the web app and back office work without extra setup;
// integrators pass `headers: { Authorization: 'Bearer …' }` or `X-Api-Key` instead.
export const createApiClient = (options: ClientOptions = {}) =>
  createClient<paths>({ baseUrl: '', credentials: 'include', ...options });

export type ApiClient = ReturnType<typeof createApiClient>;

// The SDK for integrators: auth, retries and the turn stream on top of the typed client.
export * from './sdk/index.js';
