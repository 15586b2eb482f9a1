import createClient, { type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema';

export type { components, operations, paths } from './schema';

/** The documented error body every non-2xx response carries. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: { field?: string; message: string }[];
}

// Cookies travel by default so the web app and back office work without extra setup;
// integrators pass `headers: { Authorization: 'Bearer …' }` or `X-Api-Key` instead.
export const createApiClient = (options: ClientOptions = {}) =>
  createClient<paths>({ baseUrl: '', credentials: 'include', ...options });

export type ApiClient = ReturnType<typeof createApiClient>;
