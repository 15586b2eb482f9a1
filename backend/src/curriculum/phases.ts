// The curriculum, in order. Stored values: never rename one that shipped.
export const PHASES = [
  'introduction',
  'get_to_know_you',
  'identity_warm_up',
  'identity_brainstorming',
  'brainstorming_review',
  'identity_refinement',
  'anything_missing',
  'identity_commitment',
  'i_am_statement',
  'identity_visualization',
] as const;

export type Phase = (typeof PHASES)[number];

export interface PhaseInfo {
  label: string;
  /** What the coach does in this phase, in one line. */
  summary: string;
  /** When the phase is over. */
  leavesWhen: string;
  /**
   * Whether the coach calls the model in this phase (every phase has a prompt). True for all of
   * them today, the final one included: there the coach reflects, sums up and says what is next.
   */
  usesModel: boolean;
}

export const PHASE_INFO: Readonly<Record<Phase, PhaseInfo>> = {
  introduction: {
    label: 'Introduction',
    summary: 'Explain identity-based coaching and ask for consent to start.',
    leavesWhen: 'the client understands and is ready',
    usesModel: true,
  },
  get_to_know_you: {
    label: 'Getting to know you',
    summary: 'Build rapport through five topics, one question at a time.',
    leavesWhen: 'all five topics were asked, or the client wants to move on',
    usesModel: true,
  },
  identity_warm_up: {
    label: 'Identity warm-up',
    summary: 'Collect two raw lists: who I am now, and who I want to be.',
    leavesWhen: 'the client is done with both lists',
    usesModel: true,
  },
  identity_brainstorming: {
    label: 'Identity brainstorming',
    summary: 'At least one identity per category, in category order; speed over polish.',
    leavesWhen: 'every category has an identity or was skipped',
    usesModel: true,
  },
  brainstorming_review: {
    label: 'Brainstorming review',
    summary: 'Spot near-duplicates and offer to combine or nest them.',
    leavesWhen: 'the client sees no more overlaps',
    usesModel: true,
  },
  identity_refinement: {
    label: 'Identity refinement',
    summary: 'One identity at a time: sharpen its name to one or two inspiring words.',
    leavesWhen: 'every identity is refined',
    usesModel: true,
  },
  anything_missing: {
    label: 'Anything missing?',
    summary: 'A last look for missing life roles; new ones are created and refined here.',
    leavesWhen: 'nothing is missing',
    usesModel: true,
  },
  identity_commitment: {
    label: 'Identity commitment',
    summary: 'One identity at a time: is this integral to who you are? Commit, nest or archive.',
    leavesWhen: 'every identity is decided',
    usesModel: true,
  },
  i_am_statement: {
    label: '"I am" statements',
    summary: 'An "I am …" statement per committed identity, then a summary.',
    leavesWhen: 'the client continues from the summary',
    usesModel: true,
  },
  identity_visualization: {
    label: 'Your identities',
    summary:
      "The client's identities and statements are shown as their result; the coach helps picture living each one, sums up and says what to do next.",
    leavesWhen: 'never: this is the final phase',
    usesModel: true,
  },
};

/** Phases the coach calls the model in; each has a phase prompt. */
export const MODEL_PHASES: readonly Phase[] = PHASES.filter((phase) => PHASE_INFO[phase].usesModel);

export const isPhase = (value: unknown): value is Phase =>
  typeof value === 'string' && (PHASES as readonly string[]).includes(value);

/** The only phase a client's coach may move to from `phase`; null after the last one. */
export const nextPhase = (phase: Phase): Phase | null => PHASES[PHASES.indexOf(phase) + 1] ?? null;

// Rapport topics of `get_to_know_you`, asked in this order, one at a time.
export const GET_TO_KNOW_YOU_TOPICS = [
  'background_upbringing',
  'family_structure',
  'work_living',
  'hobbies_interests',
  'why_here_hopes',
] as const;

export type GetToKnowYouTopic = (typeof GET_TO_KNOW_YOU_TOPICS)[number];

export const TOPIC_LABELS: Readonly<Record<GetToKnowYouTopic, string>> = {
  background_upbringing: 'background and upbringing',
  family_structure: 'family',
  work_living: 'work and how they make a living',
  hobbies_interests: 'hobbies and interests',
  why_here_hopes: 'why they are here and what they hope for',
};
