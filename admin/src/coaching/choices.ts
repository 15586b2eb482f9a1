import type { components } from '@dev-coach/api-client';
import { valuesOf } from '../common/exhaustive';

// Values the API accepts in coaching filters and edits (curriculum/ in the backend), labelled
// through `devcoach.coaching.*` so the words staff read stay in one place. Each list is checked
// against the generated client's enum, so it fails to compile when the API changes.
type Schemas = components['schemas'];
const choicesOf = (values: readonly string[], prefix: string) =>
  values.map((id) => ({ id, name: `devcoach.coaching.${prefix}.${id}` }));

export const PHASES = valuesOf<Schemas['Phase']>()([
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
]);

export const CATEGORIES = valuesOf<Schemas['IdentityCategory']>()([
  'passions_and_talents',
  'maker_of_money',
  'keeper_of_money',
  'spiritual',
  'personal_appearance',
  'physical_expression',
  'familial_relations',
  'romantic_relation',
  'doer_of_things',
]);

export const IDENTITY_STATES = valuesOf<Schemas['IdentityState']>()([
  'proposed',
  'accepted',
  'refinement_complete',
  'commitment_complete',
  'i_am_complete',
  'visualization_complete',
  'archived',
]);

/** The states staff may move an identity to (each is an engine action). */
export const STAFF_IDENTITY_STATES = [
  'refinement_complete',
  'commitment_complete',
  'i_am_complete',
  'archived',
] as const;

export const TURN_STATUSES = valuesOf<Schemas['TurnStatus']>()(['queued', 'streaming', 'done', 'failed']);

export const phaseChoices = choicesOf(PHASES, 'phase');
export const categoryChoices = choicesOf(CATEGORIES, 'category');
export const identityStateChoices = choicesOf(IDENTITY_STATES, 'identity_state');
export const staffIdentityStateChoices = choicesOf(STAFF_IDENTITY_STATES, 'identity_state');
export const turnStatusChoices = choicesOf(TURN_STATUSES, 'turn_status');
export const roleChoices = choicesOf(['user', 'coach'], 'role');
export const actionStatusChoices = choicesOf(['applied', 'rejected'], 'action_status');
export const actionSourceChoices = choicesOf(['model', 'button', 'staff'], 'action_source');
export const yesNoChoices = [
  { id: 'true', name: 'devcoach.coaching.yes' },
  { id: 'false', name: 'devcoach.coaching.no' },
];

/** Enough of a phase's name for a chart axis or a chip. */
export const phaseKey = (phase: string) => `devcoach.coaching.phase.${phase}`;
