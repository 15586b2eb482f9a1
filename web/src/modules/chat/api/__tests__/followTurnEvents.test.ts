import { followTurnEvents } from '@/modules/chat/api/followTurnEvents';
import type { TurnStreamEvent } from '@/modules/chat/lib/turnStream';
import { json, stubFetch } from '@/test/stubFetch';

const EVENTS_URL = 'GET /api/v1/coach/turns/turn-1/events';

function sse(...frames: string[]): Response {
  return new Response(frames.join(''), { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}

const frame = (id: number, event: string, data: unknown) =>
  `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

describe('followTurnEvents', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('should resume with Last-Event-ID when the connection drops before the end', async () => {
    let attempt = 0;
    const { calls } = stubFetch({
      [EVENTS_URL]: () => {
        attempt += 1;
        return attempt === 1
          ? sse(
              ': stream open\n\n',
              frame(1, 'delta', { pass: 1, text: 'Hel' }),
              frame(2, 'delta', { pass: 1, text: 'lo' }),
            )
          : sse(frame(3, 'done', { turn: { id: 'turn-1' } }));
      },
    });
    const seen: TurnStreamEvent[] = [];

    const terminal = await followTurnEvents('turn-1', {
      lastEventId: 0,
      signal: new AbortController().signal,
      onEvent: (event) => seen.push(event),
      retryDelaysMs: [1],
    });

    expect(terminal.type).toBe('done');
    expect(seen.map((event) => event.id)).toEqual([1, 2, 3]);
    const streamCalls = calls.filter((call) => call.url.endsWith('/events'));
    expect(streamCalls[0]?.headers.get('Last-Event-ID')).toBeNull();
    expect(streamCalls[1]?.headers.get('Last-Event-ID')).toBe('2');
  });

  it('should reject without retrying when the server refuses the stream', async () => {
    const { calls } = stubFetch({
      [EVENTS_URL]: () => json(404, { statusCode: 404, code: 'turn_not_found', message: 'No such turn.' }),
    });

    await expect(
      followTurnEvents('turn-1', {
        lastEventId: 0,
        signal: new AbortController().signal,
        onEvent: () => undefined,
        retryDelaysMs: [1],
      }),
    ).rejects.toMatchObject({ code: 'turn_not_found' });
    expect(calls.filter((call) => call.url.endsWith('/events'))).toHaveLength(1);
  });

  it('should give up with a network error when the stream keeps dropping', async () => {
    stubFetch({ [EVENTS_URL]: () => sse(': stream open\n\n') });

    await expect(
      followTurnEvents('turn-1', {
        lastEventId: 0,
        signal: new AbortController().signal,
        onEvent: () => undefined,
        retryDelaysMs: [1],
        maxReconnects: 2,
      }),
    ).rejects.toMatchObject({ code: 'network_error' });
  });
});
