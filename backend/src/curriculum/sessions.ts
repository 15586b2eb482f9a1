import type { Phase } from 'src/curriculum/phases';

// Phases are grouped into sessions for videos and breaks.
export const SESSIONS = [
  'welcome',
  'get_to_know',
  'brainstorming',
  'refinement',
  'commitment',
  'i_am',
  'visualization',
] as const;

export type Session = (typeof SESSIONS)[number];

export interface SessionInfo {
  phases: readonly Phase[];
  introVideo: boolean;
  outroVideo: boolean;
}

export const SESSION_INFO: Readonly<Record<Session, SessionInfo>> = {
  welcome: { phases: ['introduction'], introVideo: true, outroVideo: false },
  get_to_know: { phases: ['get_to_know_you', 'identity_warm_up'], introVideo: false, outroVideo: true },
  brainstorming: {
    phases: ['identity_brainstorming', 'brainstorming_review'],
    introVideo: true,
    outroVideo: true,
  },
  refinement: { phases: ['identity_refinement', 'anything_missing'], introVideo: true, outroVideo: true },
  commitment: { phases: ['identity_commitment'], introVideo: true, outroVideo: true },
  i_am: { phases: ['i_am_statement'], introVideo: true, outroVideo: true },
  visualization: { phases: ['identity_visualization'], introVideo: true, outroVideo: false },
};

export const isSession = (value: unknown): value is Session =>
  typeof value === 'string' && (SESSIONS as readonly string[]).includes(value);

export const sessionOf = (phase: Phase): Session => {
  const found = SESSIONS.find((session) => SESSION_INFO[session].phases.includes(phase));
  if (!found) {
    // Unreachable while every phase is listed above; a unit test keeps it that way.
    throw new Error(`Phase ${phase} belongs to no session`);
  }
  return found;
};
