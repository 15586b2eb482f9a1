import type { components } from '@dev-coach/api-client';

export type Identity = components['schemas']['IdentityResponseDto'];
export type IdentityCategory = Identity['category'];
export type IdentityState = Identity['state'];

/** The curriculum's nine life areas, in the order the coach walks through them. */
export const CATEGORY_LABELS: Record<IdentityCategory, string> = {
  passions_and_talents: 'Passions and talents',
  maker_of_money: 'Maker of money',
  keeper_of_money: 'Keeper of money',
  spiritual: 'Spiritual',
  personal_appearance: 'Personal appearance',
  physical_expression: 'Physical expression',
  familial_relations: 'Family',
  romantic_relation: 'Romantic relationship',
  doer_of_things: 'Doer of things',
};

/** Where an identity is on its way through the curriculum, in plain words. */
export const STATE_LABELS: Record<IdentityState, string> = {
  proposed: 'Brainstormed',
  accepted: 'Accepted',
  refinement_complete: 'Refined',
  commitment_complete: 'Committed',
  i_am_complete: '“I am” written',
  visualization_complete: 'Visualised',
  archived: 'Archived',
};
