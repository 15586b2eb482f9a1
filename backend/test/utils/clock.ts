import { setTimeout as sleep } from 'node:timers/promises';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Waits for the UTC day to turn when it would turn within `marginMs`: a file that counts what
 * it made "today" (a daily quota, a dashboard's today) fails when its steps straddle midnight.
 * Give the calling hook a timeout above `marginMs`.
 */
export const clearOfUtcMidnight = async (marginMs: number): Promise<void> => {
  const left = DAY_MS - (Date.now() % DAY_MS);
  if (left < marginMs) {
    await sleep(left + 1000);
  }
};
