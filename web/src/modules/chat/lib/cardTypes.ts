import type {
  ButtonAction,
  ChatMessage,
  Phase,
  Session,
  VideoPlacement,
} from '@/modules/chat/lib/coachTypes';

// The API documents a message's `component` as a free-form object (see docs/coaching-engine.md,
// "Components"), so the generated client has no card types: these spell out the cards as the
// backend's curriculum/component.types.ts builds them, so each card component reads typed fields.
// Every enum inside a card that the client does know (phases, sessions, video placement, a
// button's action with its `editable` params) comes from the generated client.

export interface CardButton {
  id: string;
  label: string;
  style: 'primary' | 'secondary';
  actions: ButtonAction[];
  reply: string | null;
}

export interface PressedButton {
  buttonId: string;
  label: string;
  at: string;
}

export interface CardIdentity {
  id: string;
  name: string;
}

interface CardBase {
  phase: Phase;
  buttons: CardButton[];
  displayOnly: boolean;
  pressed: PressedButton | null;
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
    placement: VideoPlacement;
    title: string;
    url: string;
    durationSeconds: number;
    continueUnlocksAtSeconds: number;
    /** A WebVTT captions file, when the catalogue has one. */
    captionsUrl?: string | null;
  };
}

export interface BreakCard extends CardBase {
  kind: 'break';
  session: Session;
  startedAt: string;
}

export interface SafetyResource {
  name: string;
  phone: string | null;
  url: string | null;
  description: string | null;
}

export interface SafetyResourcesCard extends CardBase {
  kind: 'safety_resources';
  region: string | null;
  resources: SafetyResource[];
}

export type Card =
  | IntroChoicesCard
  | SuggestIAmCard
  | IAmSummaryCard
  | ProposeCombineCard
  | ProposeNestCard
  | ProposeArchiveCard
  | VideoCard
  | BreakCard
  | SafetyResourcesCard;

export type CardKind = Card['kind'];

const CARD_KINDS: ReadonlySet<string> = new Set<CardKind>([
  'intro_choices',
  'suggest_i_am',
  'i_am_summary',
  'propose_combine',
  'propose_nest',
  'propose_archive',
  'video',
  'break',
  'safety_resources',
]);

/**
 * The message's card, or null. A kind this build does not know (a newer server) is treated as no
 * card rather than crashing the conversation.
 */
export function cardOf(message: Pick<ChatMessage, 'component'>): Card | null {
  const component = message.component;
  if (!component || typeof component.kind !== 'string' || !CARD_KINDS.has(component.kind)) {
    return null;
  }
  return component as unknown as Card;
}

/** Whether a card's buttons can still be pressed: not yet answered and shown in this phase. */
export function isCardInteractive(card: Card, currentPhase: Phase | undefined): boolean {
  return !card.displayOnly && card.pressed === null && card.buttons.length > 0 && card.phase === currentPhase;
}
