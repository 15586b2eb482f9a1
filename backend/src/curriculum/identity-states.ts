import type { Phase } from 'src/curriculum/phases';

// Lifecycle of an identity, in order; `archived` is a soft delete outside the order.
export const IDENTITY_STATES = [
  'proposed',
  'accepted',
  'refinement_complete',
  'commitment_complete',
  'i_am_complete',
  'visualization_complete',
  'archived',
] as const;

export type IdentityState = (typeof IDENTITY_STATES)[number];

/**
 * The state a phase works identities towards, one at a time. `pending_identities` and the
 * current identity are the live identities not yet in (or past) this state.
 */
export const PHASE_TARGET_STATE: Readonly<Partial<Record<Phase, IdentityState>>> = {
  identity_refinement: 'refinement_complete',
  anything_missing: 'refinement_complete',
  identity_commitment: 'commitment_complete',
  i_am_statement: 'i_am_complete',
  identity_visualization: 'visualization_complete',
};

/** Whether an identity in `state` still has to reach `target`; archived ones never do. */
export const isBefore = (state: IdentityState, target: IdentityState): boolean =>
  state !== 'archived' && IDENTITY_STATES.indexOf(state) < IDENTITY_STATES.indexOf(target);
