import type { CredentialStore } from './credentials.js';
import { isRetrySafe, retryDelayMs, type ResolvedRetryOptions } from './retry.js';
import { wait } from './wait.js';

export type FetchLike = (input: Request) => Promise<Response>;

export interface SdkFetchOptions {
  baseUrl: string;
  credentials: CredentialStore;
  retry: ResolvedRetryOptions;
  fetch: FetchLike;
}

/** `POST /api/v1/coach/turns` (and the staff equivalent): a turn post, keyed automatically. */
const TURN_POST = /\/api\/v1\/(?:coach|admin\/coach\/users\/[^/]+)\/turns$/;

/**
 * A random key. `crypto.randomUUID` exists only in secure contexts (HTTPS, localhost) in
 * browsers; `getRandomValues` everywhere, so a page on plain HTTP still gets a 128-bit key.
 */
export const newIdempotencyKey = (): string => {
  if (typeof globalThis.crypto.randomUUID === 'function') {
    return globalThis.crypto.randomUUID();
  }
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
};

/**
 * The fetch every SDK request goes through (the typed client's and `streamTurn`'s): it signs
 * the request, gives turn posts an `Idempotency-Key` (so a retry can never start a second turn),
 * refreshes an expired access token once, and retries 429/503 when that is safe.
 */
export function createSdkFetch(options: SdkFetchOptions): FetchLike {
  const { credentials, retry, baseUrl } = options;
  const send = options.fetch;

  return async (input: Request): Promise<Response> => {
    const headers = new Headers(input.headers);
    if (
      input.method === 'POST' &&
      TURN_POST.test(new URL(input.url).pathname) &&
      !headers.has('idempotency-key')
    ) {
      headers.set('Idempotency-Key', newIdempotencyKey());
    }
    // The body is read once per attempt, so keep an untouched copy to clone from.
    const template = new Request(input, { headers });
    let refreshed = false;
    for (let attempt = 0; ;) {
      const request = template.clone();
      credentials.apply(request.headers);
      const usedToken = credentials.accessToken;
      const response = await send(request);
      if (!refreshed && (await credentials.shouldRefresh(response))) {
        refreshed = true;
        if (await credentials.refresh(usedToken, send, baseUrl)) {
          await response.body?.cancel();
          continue;
        }
        return response;
      }
      const delay = isRetrySafe(template) ? retryDelayMs(response, attempt, retry) : undefined;
      if (delay === undefined) {
        return response;
      }
      await response.body?.cancel();
      await wait(delay, template.signal);
      attempt += 1;
    }
  };
}
