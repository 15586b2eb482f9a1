import { registerAs } from '@nestjs/config';
import { validateEnvironment } from 'src/config/env.validation';

export interface CoachingConfig {
  /**
   * Where session videos with a relative URL live, without a trailing slash. The default is
   * the API's own /media/videos, which serves a short local placeholder for every key.
   */
  videoBaseUrl: string;
  /** Turns a client may start per rolling minute; 0 means no limit. */
  turnsPerMinute: number;
  /** Model tokens (input + output) a client may use per UTC day; 0 means no limit. */
  dailyTokenBudget: number;
  /**
   * Coach turns one process runs at once. A turn mostly waits on the model while it streams,
   * so this is far above CPU count; the queue-wide default would make turns wait in line.
   */
  turnConcurrency: number;
  /**
   * Quiet time before the sentinel reads a client's new messages: every message of one window
   * shares a job, so a burst of messages costs one model call.
   */
  sentinelDebounceMs: number;
}

export const DEFAULT_VIDEO_BASE_URL = '/media/videos';
export const DEFAULT_TURNS_PER_MINUTE = 10;
export const DEFAULT_DAILY_TOKEN_BUDGET = 500_000;
export const DEFAULT_TURN_CONCURRENCY = 64;
export const DEFAULT_SENTINEL_DEBOUNCE_MS = 5000;

export const buildCoachingConfig = (source: Record<string, unknown> = process.env): CoachingConfig => {
  const env = validateEnvironment(source);
  return {
    videoBaseUrl: (env.COACH_VIDEO_BASE_URL || DEFAULT_VIDEO_BASE_URL).replace(/\/+$/, ''),
    turnsPerMinute: env.USER_TURNS_PER_MINUTE ?? DEFAULT_TURNS_PER_MINUTE,
    dailyTokenBudget: env.USER_DAILY_TOKEN_BUDGET ?? DEFAULT_DAILY_TOKEN_BUDGET,
    turnConcurrency: env.COACH_TURN_CONCURRENCY ?? DEFAULT_TURN_CONCURRENCY,
    sentinelDebounceMs: env.SENTINEL_DEBOUNCE_MS ?? DEFAULT_SENTINEL_DEBOUNCE_MS,
  };
};

export const coachingConfig = registerAs('coaching', () => buildCoachingConfig());
