import type { components } from '../schema.js';

type Schemas = components['schemas'];

/** An `action` event: one action of the turn as it was applied or rejected. */
export type TurnActionEvent = { pass: number; type: string; params: Record<string, unknown> } & (
  { status: 'applied'; summary: string } | { status: 'rejected'; reasonCode: string; message: string }
);

/**
 * One event of `GET /api/v1/coach/turns/:id/events`. `id` counts 1, 2, 3… per turn and is what
 * `Last-Event-ID` resumes after. `done` and `error` are last.
 */
export type TurnEvent =
  | { id: number; type: 'delta'; data: { pass: number; text: string } }
  /** pass 0: a new attempt of the whole turn begins (drop everything shown); pass ≥ 1: that
   * pass is being written again (drop that pass's text). */
  | { id: number; type: 'restart'; data: { pass: number; attempt?: number; reason: string } }
  | { id: number; type: 'action'; data: TurnActionEvent }
  /** The card on the coach's message (see `MessageResponseDto.component`). */
  | { id: number; type: 'component'; data: { pass: number; messageId: string | null; component: unknown } }
  | { id: number; type: 'state'; data: Schemas['CoachStateResponseDto'] }
  | { id: number; type: 'done'; data: Schemas['TurnResultResponseDto'] }
  | { id: number; type: 'error'; data: { code: string; message: string } };

export type TurnEventType = TurnEvent['type'];

const EVENT_TYPES: ReadonlySet<string> = new Set<TurnEventType>([
  'delta',
  'restart',
  'action',
  'component',
  'state',
  'done',
  'error',
]);

/**
 * A raw SSE message (as eventsource-parser hands it over) as a typed event; null for anything
 * this version does not know, so a server that adds an event type does not break old clients.
 */
export function parseTurnEvent(raw: { id?: string; event?: string; data: string }): TurnEvent | null {
  const id = Number(raw.id);
  if (!Number.isSafeInteger(id) || id < 0 || raw.event === undefined || !EVENT_TYPES.has(raw.event)) {
    return null;
  }
  try {
    const data = JSON.parse(raw.data) as unknown;
    return typeof data === 'object' && data !== null ? ({ id, type: raw.event, data } as TurnEvent) : null;
  } catch {
    return null;
  }
}

/** Whether the server closes the stream after this event. */
export const isTerminalTurnEvent = (
  event: TurnEvent,
): event is Extract<TurnEvent, { type: 'done' | 'error' }> => event.type === 'done' || event.type === 'error';
