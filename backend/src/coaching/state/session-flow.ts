import { PHASES, type Phase } from 'src/curriculum/phases';
import { type Session, SESSION_INFO, sessionOf } from 'src/curriculum/sessions';
import type { VideoPlacement } from 'src/coaching/entities/session-video.entity';

export interface VideoSlot {
  session: Session;
  placement: VideoPlacement;
}

/**
 * The video to show when the curriculum moves forward from `from` to `to`: the finished
 * session's outro (Continue then starts a break), or, when it has none, the next session's
 * intro. Null inside a session and for backward moves (staff corrections show no videos).
 */
export const videoOnTransition = (from: Phase, to: Phase): VideoSlot | null => {
  const finished = sessionOf(from);
  const next = sessionOf(to);
  if (finished === next || PHASES.indexOf(to) < PHASES.indexOf(from)) {
    return null;
  }
  if (SESSION_INFO[finished].outroVideo) {
    return { session: finished, placement: 'outro' };
  }
  return SESSION_INFO[next].introVideo ? { session: next, placement: 'intro' } : null;
};

/** The intro of the session the client is in, shown after a break (or at the very start). */
export const introVideoFor = (phase: Phase): VideoSlot | null => {
  const session = sessionOf(phase);
  return SESSION_INFO[session].introVideo ? { session, placement: 'intro' } : null;
};

/** Continue unlocks after half of a video of 30 s or less, else 20 s before its end. */
export const continueUnlocksAt = (durationSeconds: number): number =>
  durationSeconds <= 30 ? durationSeconds / 2 : durationSeconds - 20;
