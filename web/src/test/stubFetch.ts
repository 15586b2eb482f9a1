import { vi } from 'vitest';

export interface StubbedCall {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
  credentials: RequestCredentials | undefined;
}

type Route = (call: StubbedCall) => Response | Promise<Response>;

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function apiError(status: number, code: string, message: string, details?: unknown[]): Response {
  return json(status, { statusCode: status, code, message, ...(details ? { details } : {}) });
}

function parseBody(body: BodyInit | null | undefined): unknown {
  if (typeof body !== 'string') {
    return body ?? undefined;
  }
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

/**
 * Replaces the global `fetch` (the network edge) with a router keyed by "METHOD /path". The
 * health check the app shell polls answers "ready" unless a test routes it; anything else that
 * is not routed answers 404 so a test notices requests it did not expect.
 */
export function stubFetch(routes: Record<string, Route>) {
  const calls: StubbedCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const call: StubbedCall = {
      url,
      method: (init.method ?? 'GET').toUpperCase(),
      headers: new Headers(init.headers),
      body: parseBody(init.body),
      credentials: init.credentials,
    };
    calls.push(call);
    const key = `${call.method} ${url}`;
    const route = routes[key];
    if (route) {
      return route(call);
    }
    if (key === 'GET /health/ready') {
      return json(200, { status: 'ok', checks: {} });
    }
    return apiError(404, 'not_found', `No stub for ${key}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  /** Calls other than the background health check. */
  const apiCalls = () => calls.filter((call) => call.url !== '/health/ready');
  return { fetchMock, calls, apiCalls };
}
