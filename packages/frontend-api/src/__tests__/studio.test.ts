import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../ApiError';
import { CSRF_COOKIE } from '../constants';
import { createApiClient } from '../createApiClient';
import { type DraftEvent, downloadUrl, followDraftEvents, SseParser } from '../studio';
import { apiError, clearCookie, json, setCookie, stubFetch } from '../testing';

interface Draft {
  id: string;
  status: string;
}

const EVENTS = '/api/v1/studio/drafts/d1/events';

const sse = (...frames: [string, unknown][]) =>
  new Response(frames.map(([event, data]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join(''), {
    status: 200,
    headers: { 'Content-Type': 'text/event-stream' },
  });

describe('SseParser', () => {
  it('should read events when chunks split lines anywhere', () => {
    const parser = new SseParser();
    const text =
      ': hello\nevent: progress\ndata: {"stage":"queued"}\n\nid: 2\nevent: done\r\ndata: {"a":1}\n\n';
    const events = [...text].flatMap((character) => parser.feed(character));
    expect(events).toEqual([
      { event: 'progress', data: '{"stage":"queued"}' },
      { event: 'done', data: '{"a":1}' },
    ]);
  });
});

describe('followDraftEvents', () => {
  afterEach(() => {
    clearCookie(CSRF_COOKIE);
  });

  it('should report progress and resolve with the finished draft when the stream ends with done', async () => {
    const { calls } = stubFetch({
      [`GET ${EVENTS}`]: () =>
        sse(
          ['progress', { stage: 'queued', percent: 0 }],
          ['progress', { stage: 'generating', percent: 40 }],
          ['done', { id: 'd1', status: 'ready' }],
        ),
    });
    const seen: DraftEvent<Draft>[] = [];

    const result = await followDraftEvents<Draft>(createApiClient(), 'd1', {
      signal: new AbortController().signal,
      onEvent: (event) => seen.push(event),
    });

    expect(result).toEqual({ type: 'done', draft: { id: 'd1', status: 'ready' } });
    expect(seen.map((event) => event.type)).toEqual(['progress', 'progress', 'done']);
    expect(seen[1]).toEqual({ type: 'progress', stage: 'generating', percent: 40 });
    expect(calls[0]?.credentials).toBe('include');
    expect(calls[0]?.headers.get('Accept')).toBe('text/event-stream');
  });

  it('should resolve with the typed error when the job failed', async () => {
    stubFetch({
      [`GET ${EVENTS}`]: () =>
        sse(['error', { code: 'image_rate_limited', message: 'Busy.', retryable: true }]),
    });

    await expect(
      followDraftEvents<Draft>(createApiClient(), 'd1', { signal: new AbortController().signal }),
    ).resolves.toEqual({ type: 'error', code: 'image_rate_limited', message: 'Busy.', retryable: true });
  });

  it('should open the stream again when the connection drops before the end', async () => {
    let attempt = 0;
    const { calls } = stubFetch({
      [`GET ${EVENTS}`]: () =>
        ++attempt === 1
          ? sse(['progress', { stage: 'generating', percent: 20 }])
          : sse(['done', { id: 'd1' }]),
    });

    const result = await followDraftEvents<Draft>(createApiClient(), 'd1', {
      signal: new AbortController().signal,
      reconnectDelaysMs: [1],
    });

    expect(result.type).toBe('done');
    expect(calls).toHaveLength(2);
  });

  it('should refresh the session once when the access cookie has expired', async () => {
    setCookie(CSRF_COOKIE, 'token');
    let attempt = 0;
    const { calls } = stubFetch({
      [`GET ${EVENTS}`]: () =>
        ++attempt === 1 ? apiError(401, 'token_expired', 'Expired.') : sse(['done', { id: 'd1' }]),
      'POST /api/v1/auth/refresh': () => json(200, { ok: true }),
    });

    await expect(
      followDraftEvents<Draft>(createApiClient(), 'd1', { signal: new AbortController().signal }),
    ).resolves.toMatchObject({ type: 'done' });
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      `GET ${EVENTS}`,
      'POST /api/v1/auth/refresh',
      `GET ${EVENTS}`,
    ]);
  });

  it('should reject with the server error when the draft is not the client’s', async () => {
    stubFetch({ [`GET ${EVENTS}`]: () => apiError(404, 'not_found', 'No such draft.') });

    const failure = followDraftEvents<Draft>(createApiClient(), 'd1', {
      signal: new AbortController().signal,
    });

    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ statusCode: 404, code: 'not_found' });
  });
});

describe('downloadUrl', () => {
  it('should ask for an attachment when given an image address', () => {
    expect(downloadUrl('/api/v1/studio/drafts/d1/image')).toBe('/api/v1/studio/drafts/d1/image?download=1');
    expect(downloadUrl('/x?v=2')).toBe('/x?v=2&download=1');
  });
});
