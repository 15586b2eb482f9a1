import { createParser } from 'eventsource-parser';
import { DevCoachApiError } from './errors.js';
import type { FetchLike } from './sdkFetch.js';
import { isTerminalTurnEvent, parseTurnEvent, type TurnEvent } from './turnEvents.js';
import { wait } from './wait.js';

export interface StreamTurnOptions {
  /** Resume after this event id (default: from the start of the turn's current attempt). */
  lastEventId?: number;
  signal?: AbortSignal;
  /** Reconnects in a row without a new event before giving up (default 8). */
  maxReconnects?: number;
  /** Waits between reconnects; the last one is reused (default 250, 500, 1000, 2000 ms). */
  reconnectDelaysMs?: readonly number[];
}

const DEFAULT_RECONNECT_DELAYS_MS = [250, 500, 1000, 2000] as const;

/**
 * Follows a turn's SSE stream until `done` or `error`, yielding each event once. A connection
 * that drops (the body ends or errors before a terminal event) is opened again with
 * `Last-Event-ID`, so the server replays only what came after the last event yielded; any
 * event at or below that id is skipped anyway, so text is never doubled.
 */
export async function* followTurnEvents(
  fetch: FetchLike,
  baseUrl: string,
  turnId: string,
  options: StreamTurnOptions = {},
): AsyncGenerator<TurnEvent, void, undefined> {
  const delays = options.reconnectDelaysMs ?? DEFAULT_RECONNECT_DELAYS_MS;
  const maxReconnects = options.maxReconnects ?? 8;
  let lastEventId = options.lastEventId;
  let drops = 0;

  for (;;) {
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (lastEventId !== undefined) {
      headers['Last-Event-ID'] = String(lastEventId);
    }
    const url = `${baseUrl}/api/v1/coach/turns/${encodeURIComponent(turnId)}/events`;
    let progressed = false;
    let response: Response | undefined;
    try {
      response = await fetch(new Request(url, { headers, cache: 'no-store', signal: options.signal }));
    } catch (error) {
      if (options.signal?.aborted) {
        throw error;
      }
    }
    if (response && (!response.ok || !response.body)) {
      // A refusal (404, 400, 401 after a refresh) will not change by asking again.
      throw await DevCoachApiError.fromResponse(response);
    }
    if (response?.body) {
      const queue: TurnEvent[] = [];
      const parser = createParser({
        onEvent: (raw) => {
          const event = parseTurnEvent(raw);
          if (event && (lastEventId === undefined || event.id > lastEventId)) {
            queue.push(event);
          }
        },
      });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) {
            break;
          }
          parser.feed(value);
          for (let event = queue.shift(); event; event = queue.shift()) {
            lastEventId = event.id;
            progressed = true;
            yield event;
            if (isTerminalTurnEvent(event)) {
              return;
            }
          }
        }
      } catch (error) {
        if (options.signal?.aborted) {
          throw error;
        }
        // The connection dropped mid-stream: reconnect below.
      } finally {
        await reader.cancel().catch(() => undefined);
      }
    }
    drops = progressed ? 1 : drops + 1;
    if (drops > maxReconnects) {
      throw new DevCoachApiError(0, 'stream_dropped', 'The turn’s event stream kept dropping.');
    }
    await wait(delays[Math.min(drops - 1, delays.length - 1)] ?? 1000, options.signal);
  }
}
