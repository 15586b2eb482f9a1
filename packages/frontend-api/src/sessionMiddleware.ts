import type { Middleware } from 'openapi-fetch';
import { CSRF_HEADER, SESSION_ROUTES } from './constants';
import { readCsrfCookie } from './cookies';
import { markRefreshAttempted, shouldRefreshSession } from './sessionRefresh';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface SessionMiddlewareOptions {
  /** Renews the session cookies; resolves whether it worked. */
  refresh: () => Promise<boolean>;
}

/** How a request left: the CSRF token the page had then, and an unread copy to send again. */
interface Departure {
  csrf: string | undefined;
  replay: Request;
}

/**
 * Cookie sessions for the openapi-fetch client:
 *
 * - writes echo the `dc_csrf` cookie in `X-CSRF-Token` (read at send time: a refresh in between
 *   rotates it);
 * - a 401 that a refresh can fix ({@link shouldRefreshSession}) triggers one refresh, shared by
 *   every request failing at the same moment, and the request is sent once more. A refresh that
 *   finished after the request left (another request's or another tab's) has already rotated
 *   the cookies, so the request is retried without refreshing again.
 *
 * Responses that went through a refresh are marked ({@link markRefreshAttempted}).
 */
export function createSessionMiddleware({ refresh }: SessionMiddlewareOptions): Middleware {
  const departures = new WeakMap<Request, Departure>();
  return {
    onRequest({ request }) {
      setCsrfHeader(request);
      // The body of the request itself is consumed by fetch; the copy stays readable for a retry.
      departures.set(request, { csrf: readCsrfCookie(), replay: request.clone() });
      return request;
    },
    async onResponse({ request, response, options }) {
      const departure = departures.get(request);
      departures.delete(request);
      if (response.status !== 401 || !departure || isSessionRoute(request.url)) {
        return undefined;
      }
      if (!shouldRefreshSession(response.status, await errorCodeOf(response))) {
        return undefined;
      }
      const csrfNow = readCsrfCookie();
      const renewed = (csrfNow !== undefined && csrfNow !== departure.csrf) || (await refresh());
      if (!renewed) {
        return markRefreshAttempted(response);
      }
      return markRefreshAttempted(await options.fetch(setCsrfHeader(departure.replay)));
    },
  };
}

function setCsrfHeader(request: Request): Request {
  if (SAFE_METHODS.has(request.method.toUpperCase())) {
    return request;
  }
  const csrfToken = readCsrfCookie();
  if (csrfToken === undefined) {
    request.headers.delete(CSRF_HEADER);
  } else {
    request.headers.set(CSRF_HEADER, csrfToken);
  }
  return request;
}

function isSessionRoute(url: string): boolean {
  const { pathname } = new URL(url, globalThis.location?.href);
  // `endsWith`: the API may sit below a path prefix of the client's `baseUrl`.
  return [...SESSION_ROUTES].some((route) => pathname.endsWith(route));
}

async function errorCodeOf(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.clone().json()) as unknown;
    return typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'string'
      ? body.code
      : undefined;
  } catch {
    return undefined;
  }
}
