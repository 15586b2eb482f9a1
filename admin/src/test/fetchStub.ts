import { vi } from 'vitest';

export interface StubbedCall {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
  credentials: RequestCredentials | undefined;
}

type Route = (call: StubbedCall) => Response | Promise<Response>;

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

const parseBody = (body: BodyInit | null | undefined): unknown => {
  if (typeof body !== 'string') {
    return body ?? undefined;
  }
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
};

/**
 * Replaces the global `fetch` (the network edge) with a router keyed by "METHOD /path?query" or,
 * failing that, "METHOD /path" (handy for list requests). Unrouted requests answer 404 so a test
 * notices calls it did not expect.
 */
export const stubFetch = (routes: Record<string, Route>) => {
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
    const pathname = url.split('?')[0] ?? url;
    const route = routes[`${call.method} ${url}`] ?? routes[`${call.method} ${pathname}`];
    return route
      ? route(call)
      : json(404, { statusCode: 404, code: 'not_found', message: `No stub for ${url}` });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, calls };
};

export const setCookie = (name: string, value: string) => {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/`;
};

export const clearCookie = (name: string) => {
  document.cookie = `${name}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
};
