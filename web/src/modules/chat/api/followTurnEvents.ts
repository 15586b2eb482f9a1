import {
  DevCoachApiError,
  followTurnEvents as followSdkTurnEvents,
  readErrorBody,
} from '@dev-coach/api-client';
import { ApiError, refreshSession, shouldRefreshSession, toApiError } from '@dev-coach/frontend-api';
import { api } from '@/modules/api/client';
import type { TurnStreamEvent } from '@/modules/chat/lib/turnStream';

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
 * Follows `GET /coach/turns/:id/events` until its `done` or `error` event, with the SDK's stream
 * follower (the same resume-with-`Last-Event-ID` logic every client of the API uses). What a
 * browser session adds is here: the page's cookies, one session refresh when the access cookie
 * has expired, and errors as the app's `ApiError`. Resolves with the terminal event.
 */
export async function followTurnEvents(turnId: string, options: FollowTurnOptions): Promise<TurnStreamEvent> {
  let refreshed = false;
  const sessionFetch = async (request: Request): Promise<Response> => {
    const response = await globalThis.fetch(request.clone(), { credentials: 'include' });
    if (response.status === 401 && !refreshed) {
      const code = (await readErrorBody(response))?.code;
      if (shouldRefreshSession(401, code) && (await refreshSession(api))) {
        refreshed = true;
        return globalThis.fetch(request, { credentials: 'include' });
      }
    }
    return response;
  };
  try {
    const events = followSdkTurnEvents(sessionFetch, globalThis.location.origin, turnId, {
      lastEventId: options.lastEventId > 0 ? options.lastEventId : undefined,
      signal: options.signal,
      reconnectDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
      maxReconnects: options.maxReconnects ?? 8,
    });
    for await (const raw of events) {
      // The SDK's events carry the API's loose card type; the app reads them with its own.
      const event = raw as TurnStreamEvent;
      options.onEvent(event);
      if (event.type === 'done' || event.type === 'error') {
        return event;
      }
    }
  } catch (error) {
    throw asApiError(error, options.signal);
  }
  throw ApiError.network(new Error('The turn’s event stream ended without a result.'));
}

function asApiError(error: unknown, signal: AbortSignal): unknown {
  if (signal.aborted || !(error instanceof DevCoachApiError)) {
    return error;
  }
  // Status 0: the SDK gave up after the stream kept dropping, which the app shows as offline.
  return error.status === 0
    ? ApiError.network(error)
    : toApiError(error.status, {
        statusCode: error.status,
        code: error.code,
        message: error.message,
        ...(error.details ? { details: error.details } : {}),
      });
}
