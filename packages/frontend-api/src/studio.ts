import type { ApiClient } from '@dev-coach/api-client';
import { ApiError } from './ApiError';
import { refreshSession, shouldRefreshSession } from './sessionRefresh';

// The visualization studio's calls that the typed client cannot make by itself: following a
// draft's progress stream (SSE) and building the image addresses (docs/studio.md). Both apps'
// other studio calls go through the typed client like every other feature's.

/** Where a draft's job is (`progress` events). */
export type DraftStage = 'queued' | 'generating' | 'storing';

/** One event of `GET /studio/drafts/:id/events`. `TDraft` is the API's draft shape. */
export type DraftEvent<TDraft> =
  | { type: 'progress'; stage: DraftStage; percent: number }
  | { type: 'done'; draft: TDraft }
  | { type: 'error'; code: string; message: string; retryable: boolean };

export type TerminalDraftEvent<TDraft> = Exclude<DraftEvent<TDraft>, { type: 'progress' }>;

export interface FollowDraftOptions<TDraft> {
  signal: AbortSignal;
  onEvent?: (event: DraftEvent<TDraft>) => void;
  /** The API's origin; the page's by default. */
  baseUrl?: string;
  /** Waits between reconnects after a dropped connection; the last one is reused. */
  reconnectDelaysMs?: readonly number[];
  /** Gives up (rejecting with a network ApiError) after this many drops in a row. */
  maxReconnects?: number;
}

const DEFAULT_RECONNECT_DELAYS_MS = [500, 1000, 2000, 4000] as const;

/** The address of a draft's or a reference photo's bytes that makes the browser save it. */
export function downloadUrl(imageUrl: string): string {
  return `${imageUrl}${imageUrl.includes('?') ? '&' : '?'}download=1`;
}

/**
 * Follows a draft's progress until its `done` or `error` event and resolves with that event.
 * The stream ends at once for a finished draft, and progress is a snapshot rather than a
 * sequence, so a dropped connection is simply opened again (no `Last-Event-ID` needed). The
 * page's cookies go along; one session refresh is made when the access cookie has expired.
 * A refusal (404 for a draft that is not the client's, 403) rejects with the server's ApiError.
 */
export async function followDraftEvents<TDraft>(
  client: ApiClient,
  draftId: string,
  options: FollowDraftOptions<TDraft>,
): Promise<TerminalDraftEvent<TDraft>> {
  const { signal } = options;
  const delays = options.reconnectDelaysMs ?? DEFAULT_RECONNECT_DELAYS_MS;
  const maxReconnects = options.maxReconnects ?? 8;
  const url = `${options.baseUrl ?? globalThis.location.origin}/api/v1/studio/drafts/${encodeURIComponent(draftId)}/events`;
  const open = (): Promise<Response> =>
    globalThis.fetch(
      new Request(url, {
        headers: { Accept: 'text/event-stream' },
        credentials: 'include',
        cache: 'no-store',
        signal,
      }),
    );

  let refreshed = false;
  let drops = 0;
  for (;;) {
    let response: Response | undefined;
    try {
      response = await open();
      if (response.status === 401 && !refreshed) {
        const code = await errorCode(response.clone());
        if (shouldRefreshSession(401, code) && (await refreshSession(client))) {
          refreshed = true;
          response = await open();
        }
      }
    } catch (error) {
      if (signal.aborted) {
        throw error;
      }
    }
    if (response && (!response.ok || !response.body)) {
      throw await ApiError.fromResponse(response);
    }
    let progressed = false;
    if (response?.body) {
      const parser = new SseParser();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) {
            break;
          }
          for (const raw of parser.feed(value)) {
            const event = toDraftEvent<TDraft>(raw);
            if (!event) {
              continue;
            }
            progressed = true;
            options.onEvent?.(event);
            if (event.type !== 'progress') {
              return event;
            }
          }
        }
      } catch (error) {
        if (signal.aborted) {
          throw error;
        }
        // The connection dropped mid-stream: open it again below.
      } finally {
        await reader.cancel().catch(() => undefined);
      }
    }
    drops = progressed ? 1 : drops + 1;
    if (drops > maxReconnects) {
      throw ApiError.network(new Error('The picture’s progress stream kept dropping.'));
    }
    await wait(delays[Math.min(drops - 1, delays.length - 1)] ?? 1000, signal);
  }
}

async function errorCode(response: Response): Promise<string | undefined> {
  return (await ApiError.fromResponse(response)).code;
}

interface RawSseEvent {
  event: string;
  data: string;
}

/**
 * The part of the SSE format the API uses: `event:` and `data:` lines, events separated by a
 * blank line, comments (`:`) and `id:`/`retry:` ignored. Chunks may split lines anywhere.
 */
export class SseParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];

  feed(chunk: string): RawSseEvent[] {
    this.buffer += chunk;
    const events: RawSseEvent[] = [];
    // A trailing CR may be the first half of a CRLF: wait for the next chunk to tell.
    const held = this.buffer.endsWith('\r') ? '\r' : '';
    const lines = (held ? this.buffer.slice(0, -1) : this.buffer).split(/\r\n|\r|\n/);
    this.buffer = (lines.pop() ?? '') + held;
    for (const line of lines) {
      if (line === '') {
        if (this.data.length > 0) {
          events.push({ event: this.event || 'message', data: this.data.join('\n') });
        }
        this.event = '';
        this.data = [];
        continue;
      }
      if (line.startsWith(':')) {
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') {
        this.event = value;
      } else if (field === 'data') {
        this.data.push(value);
      }
    }
    return events;
  }
}

function toDraftEvent<TDraft>(raw: RawSseEvent): DraftEvent<TDraft> | null {
  let data: unknown;
  try {
    data = JSON.parse(raw.data) as unknown;
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) {
    return null;
  }
  const fields = data as Record<string, unknown>;
  switch (raw.event) {
    case 'progress':
      return {
        type: 'progress',
        stage: isStage(fields.stage) ? fields.stage : 'generating',
        percent: typeof fields.percent === 'number' ? fields.percent : 0,
      };
    case 'done':
      // The API sends the draft itself; tolerate `{ draft }` as well.
      return { type: 'done', draft: ('draft' in fields ? fields.draft : data) as TDraft };
    case 'error':
      return {
        type: 'error',
        code: typeof fields.code === 'string' ? fields.code : 'image_failed',
        message: typeof fields.message === 'string' ? fields.message : '',
        retryable: fields.retryable === true,
      };
    default:
      return null;
  }
}

function isStage(value: unknown): value is DraftStage {
  return value === 'queued' || value === 'generating' || value === 'storing';
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
