import type { Phase } from 'src/curriculum/phases';
import type { ApiCoachState, ApiIdentity, ApiNote } from 'src/eval/eval-client';

/** Where a client's input came from. */
export type InputSource = 'script' | 'model' | 'script_fallback';

export interface TranscriptAction {
  type: string;
  status: 'applied' | 'rejected';
  source: string;
  reasonCode: string | null;
  summary: string | null;
}

export interface TranscriptCoachMessage {
  content: string;
  /** The card's kind and its button ids, if the message carries one. */
  card: { kind: string; buttons: string[] } | null;
}

export interface TranscriptTurn {
  index: number;
  phaseBefore: Phase;
  phaseAfter: Phase;
  /** What the client typed (null for a press without reply text). */
  message: string | null;
  /** The button pressed, as `<card kind>:<button id>`. */
  button: string | null;
  source: InputSource;
  /** `done` / `failed` as the turn ended, or `refused:<code>` when the API said no. */
  status: string;
  errorCode: string | null;
  coach: TranscriptCoachMessage[];
  actions: TranscriptAction[];
  safetyHold: boolean;
  /** Wall-clock time of the request, queue and model included. */
  ms: number;
}

/** The client's data when the conversation left brainstorming (for the per-category check). */
export interface BrainstormingSnapshot {
  identities: ApiIdentity[];
  skippedCategories: string[];
}

export type StopReason = 'reached' | 'max_turns' | 'script_done' | 'error';

export interface PersonaRun {
  personaId: string;
  clientId: string;
  /** For simulated personas: whether a model played the client or its script stood in. */
  voice: 'script' | 'model' | 'script_fallback';
  turns: TranscriptTurn[];
  /** Phases in the order the conversation was in them, starting phase first. */
  phases: Phase[];
  stoppedBecause: StopReason;
  error: string | null;
  leftBrainstorming: BrainstormingSnapshot | null;
  final: { state: ApiCoachState; identities: ApiIdentity[]; notes: ApiNote[] };
  wallMs: number;
}
