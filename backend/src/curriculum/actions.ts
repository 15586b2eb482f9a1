import type { IdentityCategory } from 'src/curriculum/categories';
import type { GetToKnowYouTopic, Phase } from 'src/curriculum/phases';
import type { Session } from 'src/curriculum/sessions';

// Every action the coach (model) or a card button can take. Stored in the action log and in
// phase prompts' allowed actions: never rename one that shipped.
export const ACTION_TYPES = [
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
  'acknowledge_video',
  'start_break',
  'end_break',
] as const;

export type ActionType = (typeof ACTION_TYPES)[number];

export interface NewIdentityItem {
  name: string;
  category: IdentityCategory;
  note: string;
}

// Param shapes. Every param is required (a structured-output limitation); ids are identity UUIDs.
export interface ActionParamsMap {
  create_identity: NewIdentityItem;
  create_identities: { items: NewIdentityItem[] };
  rename_identity: { id: string; name: string };
  add_identity_note: { id: string; note: string };
  set_i_am_statement: { id: string; statement: string };
  accept_refinement: { id: string };
  accept_commitment: { id: string };
  accept_i_am: { id: string };
  accept_visualization: { id: string; visualization: string };
  archive_identity: { id: string };
  nest_identity: { childId: string; parentId: string };
  combine_identities: { keepId: string; mergeId: string };
  transition_phase: { to: Phase };
  focus_category: { category: IdentityCategory };
  skip_category: { category: IdentityCategory };
  unskip_category: { category: IdentityCategory };
  set_who_you_are: { items: string[] };
  set_who_you_want_to_be: { items: string[] };
  mark_question_asked: { question: GetToKnowYouTopic };
  show_intro_choices: Record<string, never>;
  suggest_i_am: { id: string; statement: string };
  show_i_am_summary: Record<string, never>;
  propose_combine: { idA: string; idB: string };
  propose_nest: { childId: string; parentId: string };
  propose_archive: { id: string };
  acknowledge_video: { key: string };
  start_break: { session: Session };
  end_break: Record<string, never>;
}

export type Action = { [T in ActionType]: { type: T; params: ActionParamsMap[T] } }[ActionType];

/**
 * How one param is shaped; schema builders and validators turn these into JSON schema.
 * `identity_id` is a UUID of one of the client's identities; `phase` values are narrowed to
 * the legal target when a response schema is built for a phase.
 */
export type ParamKind =
  | 'text'
  | 'identity_id'
  | 'category'
  | 'phase'
  | 'session'
  | 'topic'
  | 'video_key'
  | 'text_list'
  | 'identity_items';

export type ActionGroup = 'identity' | 'state' | 'component' | 'button';

export interface ActionSpec<P> {
  group: ActionGroup;
  /** Shown to the model in the action instructions of a phase prompt. */
  description: string;
  params: { readonly [K in keyof P]-?: ParamKind };
  /** False for button-only actions, which are never offered to the model. */
  offeredToModel: boolean;
  /** Button-only actions and the effect actions a card's buttons carry. */
  carriedByButtons: boolean;
}

export const ACTION_SPECS: { readonly [T in ActionType]: ActionSpec<ActionParamsMap[T]> } = {
  create_identity: {
    group: 'identity',
    description: 'Create one identity from the client’s own words in a category.',
    params: { name: 'text', category: 'category', note: 'text' },
    offeredToModel: true,
    carriedByButtons: false,
  },
  create_identities: {
    group: 'identity',
    description: 'Create several identities at once; names that already exist are skipped.',
    params: { items: 'identity_items' },
    offeredToModel: true,
    carriedByButtons: false,
  },
  rename_identity: {
    group: 'identity',
    description: 'Give an identity a new, sharper name.',
    params: { id: 'identity_id', name: 'text' },
    offeredToModel: true,
    carriedByButtons: false,
  },
  add_identity_note: {
    group: 'identity',
    description: 'Keep a short note on an identity in the client’s words (a detail, an example, a why).',
    params: { id: 'identity_id', note: 'text' },
    offeredToModel: true,
    carriedByButtons: false,
  },
  set_i_am_statement: {
    group: 'identity',
    description: 'Store the “I am …” statement the client agreed to for an identity.',
    params: { id: 'identity_id', statement: 'text' },
    offeredToModel: true,
    carriedByButtons: true,
  },
  accept_refinement: {
    group: 'identity',
    description: 'Mark the identity as refined once the client is happy with its name.',
    params: { id: 'identity_id' },
    offeredToModel: true,
    carriedByButtons: false,
  },
  accept_commitment: {
    group: 'identity',
    description: 'Commit the identity once the client says it is integral to who they are.',
    params: { id: 'identity_id' },
    offeredToModel: true,
    carriedByButtons: true,
  },
  accept_i_am: {
    group: 'identity',
    description: 'Mark the identity’s “I am” statement as final.',
    params: { id: 'identity_id' },
    offeredToModel: true,
    carriedByButtons: true,
  },
  accept_visualization: {
    group: 'identity',
    description:
      'Once the client has pictured living an identity, keep that picture in their words (a sentence or two: where they are, what they do, how it feels) and mark the identity’s visualization complete.',
    params: { id: 'identity_id', visualization: 'text' },
    offeredToModel: true,
    carriedByButtons: false,
  },
  archive_identity: {
    group: 'identity',
    description: 'Archive an identity the client no longer wants (it can be restored by staff).',
    params: { id: 'identity_id' },
    offeredToModel: true,
    carriedByButtons: true,
  },
  nest_identity: {
    group: 'identity',
    description: 'Nest one identity under another: the child is archived and its notes move to the parent.',
    params: { childId: 'identity_id', parentId: 'identity_id' },
    offeredToModel: true,
    carriedByButtons: true,
  },
  combine_identities: {
    group: 'identity',
    description: 'Combine two identities into one named “A / B”; notes are merged, the other is archived.',
    params: { keepId: 'identity_id', mergeId: 'identity_id' },
    offeredToModel: true,
    carriedByButtons: true,
  },
  transition_phase: {
    group: 'state',
    description: 'Move to the next phase once this phase’s goal is met. Always the last action.',
    params: { to: 'phase' },
    offeredToModel: true,
    carriedByButtons: false,
  },
  focus_category: {
    group: 'state',
    description: 'Move the brainstorming focus to a category.',
    params: { category: 'category' },
    offeredToModel: true,
    carriedByButtons: false,
  },
  skip_category: {
    group: 'state',
    description: 'Skip a category the client does not want to explore now.',
    params: { category: 'category' },
    offeredToModel: true,
    carriedByButtons: false,
  },
  unskip_category: {
    group: 'state',
    description: 'Reopen a category that was skipped.',
    params: { category: 'category' },
    offeredToModel: true,
    carriedByButtons: false,
  },
  set_who_you_are: {
    group: 'state',
    description: 'Replace the “who I am now” list with these items, in the client’s words.',
    params: { items: 'text_list' },
    offeredToModel: true,
    carriedByButtons: false,
  },
  set_who_you_want_to_be: {
    group: 'state',
    description: 'Replace the “who I want to be” list with these items, in the client’s words.',
    params: { items: 'text_list' },
    offeredToModel: true,
    carriedByButtons: false,
  },
  mark_question_asked: {
    group: 'state',
    description:
      'Record that you asked about a getting-to-know-you topic, in the same reply as the question.',
    params: { question: 'topic' },
    offeredToModel: true,
    carriedByButtons: false,
  },
  show_intro_choices: {
    group: 'component',
    description: 'Show the client buttons to start coaching or ask more about it.',
    params: {},
    offeredToModel: true,
    carriedByButtons: false,
  },
  suggest_i_am: {
    group: 'component',
    description: 'Show a card suggesting an “I am …” statement the client can accept or edit.',
    params: { id: 'identity_id', statement: 'text' },
    offeredToModel: true,
    carriedByButtons: false,
  },
  show_i_am_summary: {
    group: 'component',
    description: 'Show the summary of all “I am” statements once every one is final.',
    params: {},
    offeredToModel: true,
    carriedByButtons: false,
  },
  propose_combine: {
    group: 'component',
    description: 'Show a card offering to combine two overlapping identities.',
    params: { idA: 'identity_id', idB: 'identity_id' },
    offeredToModel: true,
    carriedByButtons: false,
  },
  propose_nest: {
    group: 'component',
    description: 'Show a card offering to nest one identity under another.',
    params: { childId: 'identity_id', parentId: 'identity_id' },
    offeredToModel: true,
    carriedByButtons: false,
  },
  propose_archive: {
    group: 'component',
    description: 'Show a card offering to archive an identity.',
    params: { id: 'identity_id' },
    offeredToModel: true,
    carriedByButtons: false,
  },
  acknowledge_video: {
    group: 'button',
    description: 'The client watched a session video.',
    params: { key: 'video_key' },
    offeredToModel: false,
    carriedByButtons: true,
  },
  start_break: {
    group: 'button',
    description: 'The client starts a break after a session.',
    params: { session: 'session' },
    offeredToModel: false,
    carriedByButtons: true,
  },
  end_break: {
    group: 'button',
    description: 'The client is ready to continue.',
    params: {},
    offeredToModel: false,
    carriedByButtons: true,
  },
};

/** Actions a phase prompt may allow the model to take. */
export const MODEL_ACTION_TYPES: readonly ActionType[] = ACTION_TYPES.filter(
  (type) => ACTION_SPECS[type].offeredToModel,
);

/** Actions a client may send with a button press. */
export const BUTTON_ACTION_TYPES: readonly ActionType[] = ACTION_TYPES.filter(
  (type) => ACTION_SPECS[type].carriedByButtons,
);

export const isActionType = (value: unknown): value is ActionType =>
  typeof value === 'string' && (ACTION_TYPES as readonly string[]).includes(value);
