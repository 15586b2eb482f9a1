import { ApiError, refreshSession, shouldRefreshSession } from '@dev-coach/frontend-api';
import { createParser } from 'eventsource-parser';
import { api } from '@/modules/api/client';
import { isTerminalEvent, parseTurnEvent, type TurnStreamEvent } from '@/modules/chat/lib/turnStream';

export interface FollowTurnOptions {
  /** Resume after this event id (0: from the first event). */
  lastEventId: number;
  signal: AbortSignal;
  onEvent: (event: TurnStreamEvent) => void;
  /** Waits between reconnects after a dropped connection; the last one is reused. */
  retryDelaysMs?: readonly number[];
  /** Gives up (rejecting with a network ApiError) after this many drops in a row. */
  maxReconnects?: number;
}

const DEFAULT_RETRY_DELAYS_MS = [500, 1000, 2000, 4000] as const;

/**
 * Follows `GET /coach/turns/:id/events` until its `done` or `error` event. The stream goes over
 * `fetch` (not EventSource) so it shares the API client's origin and cookies and can refresh an
 * expired session; a dropped connection is opened again with `Last-Event-ID`, so no event is
 * lost or applied twice. Resolves with the terminal event.
 */
export async function followTurnEvents(turnId: string, options: FollowTurnOptions): Promise<TurnStreamEvent> {
  const { signal, onEvent } = options;
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const maxReconnects = options.maxReconnects ?? 8;
  let lastEventId = options.lastEventId;
  let drops = 0;
  let refreshed = false;

  for (;;) {
    let terminal: TurnStreamEvent | null = null;
    let progressed = false;
    try {
      const response = await openStream(turnId, lastEventId, signal);
      if (response.status === 401 && !refreshed) {
        const code = await errorCode(response);
        if (shouldRefreshSession(401, code) && (await refreshSession(api))) {
          refreshed = true;
          continue;
        }
      }
      if (!response.ok || !response.body) {
        // A refusal (404, 400, 401 after a refresh) will not change by asking again.
        throw await ApiError.fromResponse(response);
      }
      terminal = await readEvents(response.body, (event) => {
        lastEventId = event.id;
        progressed = true;
        onEvent(event);
      });
    } catch (error) {
      if (signal.aborted || (error instanceof ApiError && error.isFromServer)) {
        throw error;
      }
      // A network failure mid-stream: fall through and reconnect.
    }
    if (terminal) {
      return terminal;
    }
    drops = progressed ? 1 : drops + 1;
    if (drops > maxReconnects) {
      throw ApiError.network(new Error('The turn’s event stream kept dropping.'));
    }
    await wait(delays[Math.min(drops - 1, delays.length - 1)] ?? 1000, signal);
  }
}

async function openStream(turnId: string, lastEventId: number, signal: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'text/event-stream' };
  if (lastEventId > 0) {
    headers['Last-Event-ID'] = String(lastEventId);
  }
  // Same origin and cookies as the API client (`createApiClient` uses the page's origin).
  const url = new URL(`/api/v1/coach/turns/${encodeURIComponent(turnId)}/events`, globalThis.location.origin);
  return globalThis.fetch(url, { headers, credentials: 'include', cache: 'no-store', signal });
}

/** Reads events until a terminal one (returned) or the end of the body (null: it dropped). */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: TurnStreamEvent) => void,
): Promise<TurnStreamEvent | null> {
  let terminal: TurnStreamEvent | null = null;
  const parser = createParser({
    onEvent: (raw) => {
      const event = terminal ? null : parseTurnEvent(raw);
      if (!event) {
        return;
      }
      onEvent(event);
      if (isTerminalEvent(event)) {
        terminal = event;
      }
    },
  });
  const reader = body.getReader();
  const decoder = new TextDecoder();
  try {
    while (!terminal) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      parser.feed(decoder.decode(value, { stream: true }));
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return terminal;
}

async function errorCode(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.clone().json()) as { code?: unknown };
    return typeof body.code === 'string' ? body.code : undefined;
  } catch {
    return undefined;
  }
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      signal.removeEventListener('abort', abort);
      resolve();
    }
    function abort(): void {
      clearTimeout(timer);
      reject(signal.reason as Error);
    }
    signal.addEventListener('abort', abort, { once: true });
  });
}
