import { describe, expect, it } from 'vitest';
import { createDevCoachClient, type FetchLike } from '../../index.js';

// The network edge is the fetch the SDK is given: these answer like the server would, so the
// retry and refresh rules can be checked for cases a live server cannot produce on demand.
const baseUrl = 'https://coach.test';

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const limited = (retryAfter?: string): Response =>
  json(
    429,
    { statusCode: 429, code: 'too_many_requests', message: 'Slow down.' },
    retryAfter ? { 'Retry-After': retryAfter } : {},
  );

const recording = (answers: (() => Response)[]) => {
  const requests: Request[] = [];
  const fetch: FetchLike = (request) => {
    requests.push(request);
    const next = answers.shift();
    return Promise.resolve(
      next ? next() : json(500, { statusCode: 500, code: 'internal_error', message: '' }),
    );
  };
  return { requests, fetch };
};

const noJitter = { baseDelayMs: 1, random: () => 0 };

describe('the SDK fetch', () => {
  it('should retry a GET on 503 and answer with the success', async () => {
    const net = recording([
      () => json(503, { statusCode: 503, code: 'service_unavailable', message: '' }),
      () => json(200, { ok: 1 }),
    ]);
    const coach = createDevCoachClient({ baseUrl, fetch: net.fetch, retry: noJitter });

    const { response } = await coach.api.GET('/health/ready');

    expect(response.status).toBe(200);
    expect(net.requests).toHaveLength(2);
  });

  it('should not retry a POST without an Idempotency-Key', async () => {
    const net = recording([() => limited('0'), () => json(200, {})]);
    const coach = createDevCoachClient({ baseUrl, fetch: net.fetch, retry: noJitter });

    const { response } = await coach.api.POST('/api/v1/auth/logout', { body: {} });

    expect(response.status).toBe(429);
    expect(net.requests).toHaveLength(1);
  });

  it('should key turn posts itself and send the same key and body on the retry', async () => {
    const net = recording([() => limited('0'), () => json(202, { turn: { id: 't1' } })]);
    const coach = createDevCoachClient({ baseUrl, accessToken: 'a', fetch: net.fetch, retry: noJitter });

    const turnId = await coach.postTurn({ message: 'Hello' });

    expect(turnId).toBe('t1');
    const keys = net.requests.map((request) => request.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await net.requests[1]?.text()).toBe('{"message":"Hello"}');
  });

  it('should hand back a 429 whose Retry-After is longer than it may wait', async () => {
    const net = recording([() => limited('3600'), () => json(200, {})]);
    const coach = createDevCoachClient({
      baseUrl,
      fetch: net.fetch,
      retry: { ...noJitter, maxDelayMs: 1000 },
    });

    const { response, error } = await coach.api.GET('/api/v1/me');

    expect(response.status).toBe(429);
    expect(error?.code).toBe('too_many_requests');
    expect(net.requests).toHaveLength(1);
  });

  it('should stop after maxRetries', async () => {
    const net = recording([() => limited('0'), () => limited('0'), () => limited('0'), () => limited('0')]);
    const coach = createDevCoachClient({ baseUrl, fetch: net.fetch, retry: { ...noJitter, maxRetries: 2 } });

    const { response } = await coach.api.GET('/api/v1/me');

    expect(response.status).toBe(429);
    expect(net.requests).toHaveLength(3);
  });

  it('should not refresh on a 401 other than token_expired', async () => {
    const net = recording([() => json(401, { statusCode: 401, code: 'token_invalid', message: '' })]);
    const coach = createDevCoachClient({ baseUrl, accessToken: 'a', refreshToken: 'r', fetch: net.fetch });

    const { response } = await coach.api.GET('/api/v1/me');

    expect(response.status).toBe(401);
    expect(net.requests.map((request) => new URL(request.url).pathname)).toEqual(['/api/v1/me']);
  });

  it('should send the API key and no bearer token when given a key', async () => {
    const net = recording([() => json(200, [])]);
    const coach = createDevCoachClient({ baseUrl, apiKey: 'dck_x', fetch: net.fetch });

    await coach.api.GET('/api/v1/admin/prompts');

    expect(net.requests[0]?.headers.get('x-api-key')).toBe('dck_x');
    expect(net.requests[0]?.headers.get('authorization')).toBeNull();
  });
});
