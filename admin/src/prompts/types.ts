import type { components } from '@dev-coach/api-client';
import type { RaRecord } from 'react-admin';
import { valuesOf } from '../common/exhaustive';

type Schemas = components['schemas'];

export type PromptVersion = Schemas['PromptVersionResponseDto'] & RaRecord<string>;
export type NewPromptVersion = Schemas['CreatePromptVersionDto'];
export type PromptKind = PromptVersion['kind'];
export type PromptPhase = NonNullable<NewPromptVersion['phase']>;
export type PromptCategory = NonNullable<NewPromptVersion['category']>;
export type PromptAction = NonNullable<NewPromptVersion['allowedActions']>[number];
export type PromptPreview = Schemas['PromptPreviewResponseDto'];
export type PreviewRequest = Schemas['PreviewPromptDto'];

export const promptKinds = valuesOf<PromptKind>()([
  'system',
  'phase',
  'category_guide',
  'sentinel',
  'safety',
  'image_generate',
  'image_refine',
]);

export const promptPhases = valuesOf<PromptPhase>()([
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

export const promptCategories = valuesOf<PromptCategory>()([
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

/**
 * The actions a phase prompt may offer the model, in catalogue order. Button-only actions
 * (acknowledge_video, start_break, end_break) are left out: the API refuses them here.
 */
export const modelActions = valuesOf<PromptAction>()([
  'create_identity',
  'create_identities',
  'rename_identity',
  'add_identity_note',
  'set_i_am_statement',
  'accept_refinement',
  'accept_commitment',
  'accept_i_am',
  'accept_visualization',
  'archive_identity',
  'nest_identity',
  'combine_identities',
  'transition_phase',
  'focus_category',
  'skip_category',
  'unskip_category',
  'set_who_you_are',
  'set_who_you_want_to_be',
  'mark_question_asked',
  'show_intro_choices',
  'suggest_i_am',
  'show_i_am_summary',
  'propose_combine',
  'propose_nest',
  'propose_archive',
]);

/** The actions of a stored version a new version can keep (button-only ones are dropped). */
export const modelActionsOf = (actions: readonly string[]): PromptAction[] =>
  modelActions.filter((action) => actions.includes(action));

const humanise = (value: string) => value.replace(/_/g, ' ').replace(/^./, (first) => first.toUpperCase());

export const kindChoices = promptKinds.map((kind) => ({ id: kind, name: `devcoach.prompts.kind.${kind}` }));
export const phaseChoices = promptPhases.map((phase) => ({ id: phase, name: humanise(phase) }));
export const categoryChoices = promptCategories.map((category) => ({
  id: category,
  name: humanise(category),
}));
export const actionChoices = modelActions.map((action) => ({ id: action, name: humanise(action) }));

export const promptRepresentation = (prompt: Pick<PromptVersion, 'key' | 'version'>): string =>
  `${prompt.key} v${prompt.version}`;
