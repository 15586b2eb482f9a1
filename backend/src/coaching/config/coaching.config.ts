import { registerAs } from '@nestjs/config';
import { ConfigValidationError, validateEnvironment } from 'src/config/env.validation';

export interface CoachingConfig {
  /**
   * Where session videos with a relative URL live, without a trailing slash. The default is
   * the API's own /media/videos, which serves a short local placeholder for every key.
   */
  videoBaseUrl: string;
  /** Typed messages (turns with a `message`) a client may send per rolling minute; 0: no limit. */
  turnsPerMinute: number;
  /**
   * Card button presses (turns without a typed message) per rolling minute; 0: no limit. Their
   * own, more generous limit: a video → break → ready → video sequence is four quick presses.
   */
  buttonPressesPerMinute: number;
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
  /**
   * How long a streaming turn stays owned without a heartbeat. Its runner renews it every
   * `turnHeartbeatMs`; when the process dies, the turn is failed as `worker_lost` after this
   * plus at most one `turnSweepMs` (or at once on the client's next turn or reset).
   */
  turnLeaseMs: number;
  turnHeartbeatMs: number;
  /** How long a turn may wait in the queue before it counts as lost (its job died with a process). */
  queuedTurnLeaseMs: number;
  /** Period of the sweep that fails turns whose lease ran out; also run once at start. */
  turnSweepMs: number;
  /**
   * Days a chat transcript is kept (messages and the text of turn requests); 0 keeps it for
   * good. Enforced by TranscriptRetentionService; see docs/privacy.md.
   */
  transcriptRetentionDays: number;
}

export const DEFAULT_VIDEO_BASE_URL = '/media/videos';
export const DEFAULT_TURNS_PER_MINUTE = 10;
export const DEFAULT_BUTTON_PRESSES_PER_MINUTE = 40;
export const DEFAULT_DAILY_TOKEN_BUDGET = 500_000;
export const DEFAULT_TURN_CONCURRENCY = 64;
export const DEFAULT_SENTINEL_DEBOUNCE_MS = 5000;
// Lease + sweep ≤ 45 s: a dead process's turn is failed within a minute.
export const DEFAULT_TURN_LEASE_MS = 30_000;
export const DEFAULT_TURN_HEARTBEAT_MS = 10_000;
export const DEFAULT_QUEUED_TURN_LEASE_MS = 45_000;
export const DEFAULT_TURN_SWEEP_MS = 15_000;

export const buildCoachingConfig = (source: Record<string, unknown> = process.env): CoachingConfig => {
  const env = validateEnvironment(source);
  const turnLeaseMs = env.COACH_TURN_LEASE_MS ?? DEFAULT_TURN_LEASE_MS;
  const turnHeartbeatMs =
    env.COACH_TURN_HEARTBEAT_MS ?? Math.min(DEFAULT_TURN_HEARTBEAT_MS, Math.floor(turnLeaseMs / 3));
  // A heartbeat slower than the lease would let a live turn be failed as lost.
  if (turnHeartbeatMs * 2 > turnLeaseMs) {
    throw new ConfigValidationError('COACH_TURN_HEARTBEAT_MS', 'must be at most half of COACH_TURN_LEASE_MS');
  }
  return {
    videoBaseUrl: (env.COACH_VIDEO_BASE_URL || DEFAULT_VIDEO_BASE_URL).replace(/\/+$/, ''),
    turnsPerMinute: env.USER_TURNS_PER_MINUTE ?? DEFAULT_TURNS_PER_MINUTE,
    buttonPressesPerMinute: env.USER_BUTTON_PRESSES_PER_MINUTE ?? DEFAULT_BUTTON_PRESSES_PER_MINUTE,
    dailyTokenBudget: env.USER_DAILY_TOKEN_BUDGET ?? DEFAULT_DAILY_TOKEN_BUDGET,
    turnConcurrency: env.COACH_TURN_CONCURRENCY ?? DEFAULT_TURN_CONCURRENCY,
    sentinelDebounceMs: env.SENTINEL_DEBOUNCE_MS ?? DEFAULT_SENTINEL_DEBOUNCE_MS,
    turnLeaseMs,
    turnHeartbeatMs,
    queuedTurnLeaseMs: env.COACH_TURN_QUEUED_LEASE_MS ?? DEFAULT_QUEUED_TURN_LEASE_MS,
    turnSweepMs: env.COACH_TURN_SWEEP_MS ?? DEFAULT_TURN_SWEEP_MS,
    transcriptRetentionDays: env.TRANSCRIPT_RETENTION_DAYS ?? 0,
  };
};

export const coachingConfig = registerAs('coaching', () => buildCoachingConfig());
