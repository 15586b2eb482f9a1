import { parseTurnEvent as parseSdkTurnEvent } from '@dev-coach/api-client';
import type { CoachState, TurnAction, TurnResult, TurnStatus } from '@/modules/chat/lib/coachTypes';
import type { Card } from '@/modules/chat/lib/cardTypes';

/**
 * One event of a turn's SSE stream (`GET /coach/turns/:id/events`), as the backend's
 * TurnPublisher sends it; see docs/coaching-engine.md, "Events and SSE".
 */
export type TurnStreamEvent =
  | { id: number; type: 'delta'; data: { pass: number; text: string } }
  /** Pass 0: a new attempt of the whole turn begins; pass ≥ 1: that pass is being written again. */
  | { id: number; type: 'restart'; data: { pass: number; attempt?: number; reason: string } }
  | { id: number; type: 'action'; data: TurnActionEvent }
  | { id: number; type: 'component'; data: { pass: number; messageId: string | null; component: Card } }
  | { id: number; type: 'state'; data: CoachState }
  | { id: number; type: 'done'; data: TurnResult }
  | { id: number; type: 'error'; data: { code: string; message: string } };

export type TurnStreamEventType = TurnStreamEvent['type'];

/** An `action` event: the turn's action as the API reports it, with the pass that produced it. */
export type TurnActionEvent = Pick<TurnAction, 'type' | 'params'> & { pass: number } & (
    | { status: Extract<TurnAction['status'], 'applied'>; summary: string }
    | { status: Extract<TurnAction['status'], 'rejected'>; reasonCode: string; message: string }
  );

export interface StreamedPass {
  pass: number;
  text: string;
}

export interface TurnStreamState {
  turnId: string;
  status: Exclude<TurnStatus, 'queued'>;
  /** The coach's text so far, one entry per model pass, in pass order. */
  passes: StreamedPass[];
  actions: TurnActionEvent[];
  coachState: CoachState | null;
  result: TurnResult | null;
  error: { code: string; message: string } | null;
  /** The last event applied: `Last-Event-ID` when the stream has to be opened again. */
  lastEventId: number;
}

export function initialTurnStream(turnId: string, lastEventId = 0): TurnStreamState {
  return {
    turnId,
    status: 'streaming',
    passes: [],
    actions: [],
    coachState: null,
    result: null,
    error: null,
    lastEventId,
  };
}

/**
 * Turns a raw SSE message into a typed event; null for anything we do not understand. The SDK's
 * parser (one for every client of the API), typed here with the web app's card and state shapes.
 */
export function parseTurnEvent(raw: { id?: string; event?: string; data: string }): TurnStreamEvent | null {
  return parseSdkTurnEvent(raw) as TurnStreamEvent | null;
}

function withPassText(
  passes: StreamedPass[],
  pass: number,
  update: (text: string) => string,
): StreamedPass[] {
  const existing = passes.find((entry) => entry.pass === pass);
  if (!existing) {
    return [...passes, { pass, text: update('') }].sort((a, b) => a.pass - b.pass);
  }
  return passes.map((entry) => (entry.pass === pass ? { pass, text: update(entry.text) } : entry));
}

/**
 * Applies one event to the turn's stream. Pure: replayed events (an id at or below the last one
 * applied, which a resumed stream may send again) and events after the end change nothing.
 */
export function turnStreamReducer(state: TurnStreamState, event: TurnStreamEvent): TurnStreamState {
  if (event.id <= state.lastEventId || state.status !== 'streaming') {
    return state;
  }
  const next = { ...state, lastEventId: event.id };
  switch (event.type) {
    case 'delta':
      return {
        ...next,
        passes: withPassText(state.passes, event.data.pass, (text) => text + event.data.text),
      };
    case 'restart':
      if (event.data.pass === 0) {
        // A new attempt (a retry of the failed turn): nothing shown of the old one still holds.
        return { ...next, passes: [], actions: [] };
      }
      // That pass's text was unusable and is being written again: drop what we showed of it.
      return { ...next, passes: withPassText(state.passes, event.data.pass, () => '') };
    case 'action':
      return { ...next, actions: [...state.actions, event.data] };
    case 'component':
      return next;
    case 'state':
      return { ...next, coachState: event.data };
    case 'done':
      return { ...next, status: 'done', result: event.data, coachState: event.data.state };
    case 'error':
      return { ...next, status: 'failed', error: event.data };
  }
}

/** Whether an event ends the stream (the server closes it after these). */
export function isTerminalEvent(event: TurnStreamEvent): boolean {
  return event.type === 'done' || event.type === 'error';
}

/** The text to show while streaming: each pass is a paragraph of its own. */
export function streamedText(state: TurnStreamState): string {
  return state.passes
    .map((entry) => entry.text)
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}
