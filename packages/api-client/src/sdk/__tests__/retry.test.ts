import { describe, expect, it } from 'vitest';
import { parseRetryAfterSeconds } from '../errors.js';
import { resolveRetryOptions, retryDelayMs } from '../retry.js';

const answer = (status: number, retryAfter?: string): Response =>
  new Response(null, { status, headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter } });

describe('retry delays', () => {
  const options = resolveRetryOptions({ baseDelayMs: 100, maxDelayMs: 10_000, random: () => 1 });

  it('should read Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-12-04T10:00:00Z');
    expect(parseRetryAfterSeconds('2', now)).toBe(2);
    expect(parseRetryAfterSeconds('Fri, 04 Dec 2026 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfterSeconds('soon', now)).toBeUndefined();
    expect(parseRetryAfterSeconds(null, now)).toBeUndefined();
  });

  it('should wait at least Retry-After, never shortened by the jitter', () => {
    expect(retryDelayMs(answer(429, '2'), 0, resolveRetryOptions({ random: () => 0 }))).toBe(2000);
    expect(retryDelayMs(answer(503, '1'), 2, options)).toBeGreaterThanOrEqual(1000);
  });

  it('should back off exponentially without Retry-After, capped', () => {
    expect(retryDelayMs(answer(503), 0, options)).toBe(100);
    expect(retryDelayMs(answer(503), 2, options)).toBe(400);
    expect(
      retryDelayMs(answer(503), 2, resolveRetryOptions({ ...options, maxRetries: 9, baseDelayMs: 10_000 })),
    ).toBe(10_000);
  });

  it('should not retry other statuses or past maxRetries', () => {
    expect(retryDelayMs(answer(500), 0, options)).toBeUndefined();
    expect(retryDelayMs(answer(400), 0, options)).toBeUndefined();
    expect(retryDelayMs(answer(429, '0'), 3, options)).toBeUndefined();
  });
});
