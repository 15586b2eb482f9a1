import { type ApiClient, createApiClient as createBaseClient } from '@dev-coach/api-client';
import type { ClientOptions } from 'openapi-fetch';
import { ApiError, CLIENT_ERROR_CODES, toApiError } from './ApiError';
import { createSessionMiddleware } from './sessionMiddleware';
import { markRefreshAttempted, refreshSession, wasRefreshAttempted } from './sessionRefresh';

export type { ApiClient } from '@dev-coach/api-client';

/**
 * The generated client for the browser apps: session cookies on every request, the CSRF header
 * on writes, and one shared refresh-and-retry when the access token has expired
 * (see `createSessionMiddleware`). Call typed paths: `client.GET('/api/v1/me')`.
 */
export function createApiClient(options: ClientOptions = {}): ApiClient {
  const client = createBaseClient({
    // Same origin as the page. An absolute URL also keeps `new Request()` working outside browsers.
    baseUrl: globalThis.location?.origin ?? '',
    // Looked up on every request, so a `fetch` replaced later (tests, polyfills) is the one used.
    fetch: (request) => globalThis.fetch(request),
    headers: { Accept: 'application/json' },
    ...options,
  });
  client.use(createSessionMiddleware({ refresh: () => refreshSession(client) }));
  return client;
}

/** What every openapi-fetch call resolves with. */
export interface ApiResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The success body of an openapi-fetch result (`undefined` for routes that answer 204). */
export type ApiData<R> = R extends { data: infer Data } ? Data : never;

/**
 * Resolves with the body of a successful call and rejects with an {@link ApiError} otherwise:
 * error responses (with the server's documented body when it sent one), network failures and
 * success bodies that are not valid JSON. An aborted request rejects with its AbortError.
 *
 * ```ts
 * const me = await unwrap(client.GET('/api/v1/me', { signal }));
 * ```
 */
export async function unwrap<R extends ApiResult>(pending: Promise<R>): Promise<ApiData<R>> {
  return (await unwrapResult(pending)).data;
}

/** {@link unwrap} for callers that also need the response (status, headers such as Content-Range). */
export async function unwrapResult<R extends ApiResult>(
  pending: Promise<R>,
): Promise<{ data: ApiData<R>; response: Response }> {
  let result: R;
  try {
    result = await pending;
  } catch (error) {
    throw clientError(error);
  }
  const { response } = result;
  if (response.ok) {
    return { data: result.data as ApiData<R>, response };
  }
  const error = toApiError(response.status, result.error);
  throw wasRefreshAttempted(response) ? markRefreshAttempted(error) : error;
}

function clientError(error: unknown): unknown {
  // Not `instanceof Error`: a DOMException from another realm (jsdom, iframes) fails that check.
  if (typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError') {
    return error;
  }
  if (error instanceof SyntaxError) {
    // openapi-fetch could not parse a success body as JSON (e.g. an HTML page from a proxy).
    return new ApiError(
      {
        statusCode: 0,
        code: CLIENT_ERROR_CODES.unexpectedResponse,
        message: 'The server sent a response we could not read.',
      },
      { cause: error },
    );
  }
  return ApiError.network(error);
}
