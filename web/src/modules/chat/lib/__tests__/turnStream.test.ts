import {
  initialTurnStream,
  parseTurnEvent,
  streamedText,
  type TurnStreamEvent,
  turnStreamReducer,
} from '@/modules/chat/lib/turnStream';
import type { TurnResult } from '@/modules/chat/lib/coachTypes';

const run = (events: TurnStreamEvent[], start = initialTurnStream('turn-1')) =>
  events.reduce(turnStreamReducer, start);

const delta = (id: number, text: string, pass = 1): TurnStreamEvent => ({
  id,
  type: 'delta',
  data: { pass, text },
});

const result = { turn: { id: 'turn-1' }, messages: [], actions: [], state: { currentPhase: 'introduction' } };

describe('turnStreamReducer', () => {
  it('should append delta text in order when deltas arrive', () => {
    const state = run([delta(1, 'Hello'), delta(2, ', there')]);

    expect(streamedText(state)).toBe('Hello, there');
    expect(state.lastEventId).toBe(2);
  });

  it('should ignore replayed events when a resumed stream sends them again', () => {
    const state = run([delta(1, 'Hello'), delta(2, ' you'), delta(2, ' you'), delta(1, 'Hello')]);

    expect(streamedText(state)).toBe('Hello you');
  });

  it('should discard the pass text when a restart arrives', () => {
    const state = run([
      delta(1, 'Garbled'),
      { id: 2, type: 'restart', data: { pass: 1, reason: 'invalid_reply' } },
      delta(3, 'Clean reply'),
    ]);

    expect(streamedText(state)).toBe('Clean reply');
  });

  it('should keep the first pass when only the second pass restarts', () => {
    const state = run([
      delta(1, 'First.'),
      delta(2, 'Half', 2),
      { id: 3, type: 'restart', data: { pass: 2, reason: 'retry' } },
      delta(4, 'Second.', 2),
    ]);

    expect(state.passes).toEqual([
      { pass: 1, text: 'First.' },
      { pass: 2, text: 'Second.' },
    ]);
    expect(streamedText(state)).toBe('First.\n\nSecond.');
  });

  it('should drop every pass when a new attempt of the turn starts', () => {
    const state = run([
      delta(1, 'First.'),
      delta(2, 'Second.', 2),
      { id: 3, type: 'restart', data: { pass: 0, attempt: 2, reason: 'retry' } },
      delta(4, 'Again.'),
    ]);

    expect(state.passes).toEqual([{ pass: 1, text: 'Again.' }]);
  });

  it('should collect actions and the coach state when they arrive', () => {
    const state = run([
      {
        id: 1,
        type: 'action',
        data: {
          pass: 1,
          status: 'applied',
          type: 'create_identity',
          params: {},
          summary: 'Created “Runner”.',
        },
      },
      { id: 2, type: 'state', data: { currentPhase: 'identity_brainstorming' } as never },
    ]);

    expect(state.actions).toHaveLength(1);
    expect(state.coachState?.currentPhase).toBe('identity_brainstorming');
  });

  it('should finish with the result when done arrives', () => {
    const state = run([delta(1, 'Hi'), { id: 2, type: 'done', data: result as unknown as TurnResult }]);

    expect(state.status).toBe('done');
    expect(state.result).toBe(result);
  });

  it('should fail with the server message when error arrives and ignore later events', () => {
    const state = run([
      delta(1, 'Hi'),
      { id: 2, type: 'error', data: { code: 'provider_error', message: 'The coach could not answer.' } },
      delta(3, 'late'),
    ]);

    expect(state.status).toBe('failed');
    expect(state.error?.code).toBe('provider_error');
    expect(streamedText(state)).toBe('Hi');
    expect(state.lastEventId).toBe(2);
  });

  it('should resume after the given event id when a dropped stream is followed again', () => {
    const state = run(
      [
        { id: 3, type: 'error', data: { code: 'x', message: 'old' } },
        { id: 4, type: 'restart', data: { pass: 1, reason: 'retry' } },
        delta(5, 'Fresh'),
      ],
      initialTurnStream('turn-1', 3),
    );

    expect(state.status).toBe('streaming');
    expect(streamedText(state)).toBe('Fresh');
  });
});

describe('parseTurnEvent', () => {
  it('should parse a known event when its id and JSON are valid', () => {
    expect(parseTurnEvent({ id: '7', event: 'delta', data: '{"pass":1,"text":"a"}' })).toEqual({
      id: 7,
      type: 'delta',
      data: { pass: 1, text: 'a' },
    });
  });

  it('should return null when the event is unknown, unnamed or malformed', () => {
    expect(parseTurnEvent({ id: '1', event: 'mystery', data: '{}' })).toBeNull();
    expect(parseTurnEvent({ id: '1', data: '{}' })).toBeNull();
    expect(parseTurnEvent({ id: 'x', event: 'delta', data: '{}' })).toBeNull();
    expect(parseTurnEvent({ id: '1', event: 'delta', data: 'not json' })).toBeNull();
  });
});
