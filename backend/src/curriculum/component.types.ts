import type { ActionParamsMap, ActionType } from 'src/curriculum/actions';
import type { Phase } from 'src/curriculum/phases';
import type { Session } from 'src/curriculum/sessions';

// The action types a card button may carry: button-only actions plus the effect actions of
// proposal cards. Mirrors `carriedByButtons` in ACTION_SPECS (a unit test keeps them equal);
// spelled out so a button's action is typed by its params.
export const BUTTON_CARRIED_TYPES = [
  'set_i_am_statement',
  'accept_commitment',
  'accept_i_am',
  'archive_identity',
  'nest_identity',
  'combine_identities',
  'acknowledge_video',
  'start_break',
  'end_break',
] as const satisfies readonly ActionType[];

export type ButtonCarriedType = (typeof BUTTON_CARRIED_TYPES)[number];

/**
 * One action a button carries. `editable` names params the client may change before pressing
 * (the statement of a suggested "I am"); every other param must come back exactly as offered.
 */
export type ButtonActionTemplate = {
  [T in ButtonCarriedType]: {
    type: T;
    params: ActionParamsMap[T];
    editable?: readonly (keyof ActionParamsMap[T] & string)[];
  };
}[ButtonCarriedType];

export interface CardButton {
  /** Stable within its card ("combine", "keep_both", "continue"). */
  id: string;
  label: string;
  style: 'primary' | 'secondary';
  /** Effect actions applied when pressed, in order; empty for reply-only buttons. */
  actions: ButtonActionTemplate[];
  /** Text sent as the client's message when pressed, so the conversation goes on; or null. */
  reply: string | null;
}

export interface PressedButton {
  buttonId: string;
  label: string;
  /** ISO-8601 time of the press. */
  at: string;
}

interface CardBase {
  /** The phase the card was shown in; its buttons expire when the phase changes. */
  phase: Phase;
  /** Empty on a display-only copy. */
  buttons: CardButton[];
  /** True once a button was pressed: history renders it without buttons. */
  displayOnly: boolean;
  pressed: PressedButton | null;
}

/** An identity as a card shows it: a snapshot, so history renders the same after renames. */
export interface CardIdentity {
  id: string;
  name: string;
}

export interface IntroChoicesCard extends CardBase {
  kind: 'intro_choices';
}

export interface SuggestIAmCard extends CardBase {
  kind: 'suggest_i_am';
  identity: CardIdentity;
  statement: string;
}

export interface IAmSummaryCard extends CardBase {
  kind: 'i_am_summary';
  statements: { identityId: string; name: string; statement: string }[];
}

export interface ProposeCombineCard extends CardBase {
  kind: 'propose_combine';
  keep: CardIdentity;
  merge: CardIdentity;
  /** The name the combined identity would get ("A / B"). */
  combinedName: string;
}

export interface ProposeNestCard extends CardBase {
  kind: 'propose_nest';
  child: CardIdentity;
  parent: CardIdentity;
}

export interface ProposeArchiveCard extends CardBase {
  kind: 'propose_archive';
  identity: CardIdentity;
}

export interface VideoCard extends CardBase {
  kind: 'video';
  video: {
    key: string;
    session: Session;
    /** Intro videos open a session; outro videos close one and lead to a break. */
    placement: 'intro' | 'outro';
    title: string;
    url: string;
    durationSeconds: number;
    /** Continue unlocks after half of a video of 30 s or less, else 20 s before its end. */
    continueUnlocksAtSeconds: number;
  };
}

export interface BreakCard extends CardBase {
  kind: 'break';
  session: Session;
  /** ISO-8601 start of the break. */
  startedAt: string;
}

/** The crisis resources card the safety module answers a flagged message with. */
export interface SafetyResourcesCard extends CardBase {
  kind: 'safety_resources';
  region: string | null;
  resources: { name: string; phone: string | null; url: string | null; description: string | null }[];
}

/** Everything a coach message can show besides its text. Stored as JSON on the message. */
export type Component =
  | IntroChoicesCard
  | SuggestIAmCard
  | IAmSummaryCard
  | ProposeCombineCard
  | ProposeNestCard
  | ProposeArchiveCard
  | VideoCard
  | BreakCard
  | SafetyResourcesCard;

export type ComponentKind = Component['kind'];
