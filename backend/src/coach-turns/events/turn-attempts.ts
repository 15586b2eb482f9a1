import type { TurnEventBus } from 'src/coach-turns/events/turn-event.types';

const startsAttempt = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && 'pass' in data && data.pass === 0;

/**
 * Where a subscriber without `Last-Event-ID` starts: at the `restart` event that opened the
 * turn's current attempt (so it never sees a failed attempt's text and error), else at the top.
 * Returns the id to follow after.
 */
export const currentAttemptAfterId = async (bus: TurnEventBus, turnId: string): Promise<number> => {
  const stored = await bus.replay(turnId, 0);
  const opener = stored.findLast((event) => event.type === 'restart' && startsAttempt(event.data));
  return opener ? opener.id - 1 : 0;
};
