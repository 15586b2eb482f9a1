/** Event types a turn's channel carries, in the order a client usually sees them. */
export const TURN_EVENT_TYPES = [
  'delta',
  'restart',
  'action',
  'component',
  'state',
  // A studio draft's stage and percent (the studio shares this bus, docs/studio.md).
  'progress',
  'done',
  'error',
] as const;
export type TurnEventType = (typeof TURN_EVENT_TYPES)[number];

/** `done` and `error` end a turn's channel: followers stop after them. */
export const TERMINAL_TURN_EVENTS: ReadonlySet<TurnEventType> = new Set(['done', 'error']);

export interface TurnEvent {
  /** 1, 2, 3… per turn; the SSE `id`, so `Last-Event-ID` resumes after it. */
  id: number;
  type: TurnEventType;
  data: unknown;
}

/** Injection token for the process's TurnEventBus (Redis Streams when REDIS_URL is set). */
export const TURN_EVENT_BUS = Symbol('TURN_EVENT_BUS');

/**
 * A per-turn, append-only event channel. The processor publishes; any API process replays
 * and follows it for SSE and `?wait=true`. Channels expire a while after the turn ends; the
 * database keeps the result for good.
 */
export interface TurnEventBus {
  /** Appends an event and returns it with its id. */
  publish(turnId: string, type: TurnEventType, data: unknown): Promise<TurnEvent>;
  /** The stored events after `afterId`, without waiting (empty once the channel expired). */
  replay(turnId: string, afterId: number): Promise<TurnEvent[]>;
  /**
   * Events after `afterId` (0: all), then live ones as they are published, until a terminal
   * event, `signal` aborts, or `idleMs` passes without the channel existing (nothing to follow).
   */
  follow(turnId: string, afterId: number, signal: AbortSignal): AsyncIterable<TurnEvent>;
  close(): Promise<void>;
}

/** How long a turn's events stay replayable after the last one was published. */
export const TURN_EVENTS_TTL_SECONDS = 3600;
