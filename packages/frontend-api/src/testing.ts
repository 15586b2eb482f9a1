// Test helpers for code that talks to the API through `fetch` (this package, web, admin).
// Imports vitest: use it from test files only.
import { vi } from 'vitest';

export interface StubbedCall {
  /** Path and query for same-origin requests (`/api/v1/me`), the full URL otherwise. */
  url: string;
  method: string;
  headers: Headers;
  /** The body parsed as JSON when it is JSON, the text otherwise; `undefined` when empty. */
  body: unknown;
  credentials: RequestCredentials;
}

export type Route = (call: StubbedCall) => Response | Promise<Response>;

export interface StubFetchOptions {
  /** Answers requests no route matches; by default a 404 with the API's error body. */
  fallback?: Route;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** A response with the API's documented error body. */
export function apiError(status: number, code: string, message: string, details?: unknown[]): Response {
  return json(status, { statusCode: status, code, message, ...(details ? { details } : {}) });
}

function parseBody(text: string): unknown {
  if (text === '') {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function pageRelative(url: string): string {
  const parsed = new URL(url);
  return parsed.origin === window.location.origin ? `${parsed.pathname}${parsed.search}` : url;
}

/**
 * Replaces the global `fetch` (the network edge) with a router keyed by "METHOD /path?query" or,
 * failing that, "METHOD /path". Unrouted requests answer 404 so a test notices calls it did not
 * expect. Works the same for `fetch(url, init)` and for `fetch(request)` (openapi-fetch).
 */
export function stubFetch(routes: Record<string, Route>, { fallback }: StubFetchOptions = {}) {
  const calls: StubbedCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(
      typeof input === 'string' ? new URL(input, window.location.href) : input,
      init,
    );
    const call: StubbedCall = {
      url: pageRelative(request.url),
      method: request.method.toUpperCase(),
      headers: request.headers,
      body: parseBody(await request.text()),
      credentials: request.credentials,
    };
    calls.push(call);
    const pathname = call.url.split('?')[0] ?? call.url;
    const route = routes[`${call.method} ${call.url}`] ?? routes[`${call.method} ${pathname}`] ?? fallback;
    return route ? route(call) : apiError(404, 'not_found', `No stub for ${call.method} ${call.url}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, calls };
}

export function setCookie(name: string, value: string): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/`;
}

export function clearCookie(name: string): void {
  document.cookie = `${name}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
}
