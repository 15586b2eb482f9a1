import type { Phase } from 'src/curriculum/phases';
import type { Session } from 'src/curriculum/sessions';
import type {
  BreakCard,
  CardButton,
  CardIdentity,
  IAmSummaryCard,
  IntroChoicesCard,
  ProposeArchiveCard,
  ProposeCombineCard,
  ProposeNestCard,
  SuggestIAmCard,
  VideoCard,
} from 'src/curriculum/component.types';
import { continueUnlocksAt } from 'src/coaching/state/session-flow';

// Card configs: what each component shows and which actions its buttons carry. Copy is ours.

const interactive = { displayOnly: false, pressed: null } as const;

const replyButton = (id: string, label: string, reply: string): CardButton => ({
  id,
  label,
  style: 'secondary',
  actions: [],
  reply,
});

export const introChoicesCard = (phase: Phase): IntroChoicesCard => ({
  kind: 'intro_choices',
  phase,
  ...interactive,
  buttons: [
    { id: 'start', label: 'Let’s start', style: 'primary', actions: [], reply: 'I’m ready, let’s start.' },
    replyButton('tell_me_more', 'Tell me more first', 'Can you tell me more about how this works?'),
  ],
});

export const suggestIAmCard = (phase: Phase, identity: CardIdentity, statement: string): SuggestIAmCard => ({
  kind: 'suggest_i_am',
  phase,
  identity,
  statement,
  ...interactive,
  buttons: [
    {
      id: 'accept',
      label: 'Use this statement',
      style: 'primary',
      // The client may edit the statement before saving it.
      actions: [
        { type: 'set_i_am_statement', params: { id: identity.id, statement }, editable: ['statement'] },
        { type: 'accept_i_am', params: { id: identity.id } },
      ],
      reply: null,
    },
    replyButton('rework', 'Let’s rework it', 'I’d like to rework this statement.'),
  ],
});

export const iAmSummaryCard = (phase: Phase, statements: IAmSummaryCard['statements']): IAmSummaryCard => ({
  kind: 'i_am_summary',
  phase,
  statements,
  ...interactive,
  buttons: [
    {
      id: 'continue',
      label: 'Continue',
      style: 'primary',
      actions: [],
      reply: 'These feel right. Let’s continue.',
    },
  ],
});

export const proposeCombineCard = (
  phase: Phase,
  keep: CardIdentity,
  merge: CardIdentity,
  combinedName: string,
): ProposeCombineCard => ({
  kind: 'propose_combine',
  phase,
  keep,
  merge,
  combinedName,
  ...interactive,
  buttons: [
    {
      id: 'combine',
      label: 'Combine them',
      style: 'primary',
      actions: [{ type: 'combine_identities', params: { keepId: keep.id, mergeId: merge.id } }],
      reply: null,
    },
    replyButton('keep_both', 'Keep both', 'I’d like to keep them separate.'),
  ],
});

// During commitment, "no" to nesting or archiving means the identity stays: the button commits it.
const keepButton = (phase: Phase, identity: CardIdentity, label: string, reply: string): CardButton =>
  phase === 'identity_commitment'
    ? {
        id: 'commit',
        label,
        style: 'secondary',
        actions: [{ type: 'accept_commitment', params: { id: identity.id } }],
        reply: null,
      }
    : replyButton('keep', label, reply);

export const proposeNestCard = (
  phase: Phase,
  child: CardIdentity,
  parent: CardIdentity,
): ProposeNestCard => ({
  kind: 'propose_nest',
  phase,
  child,
  parent,
  ...interactive,
  buttons: [
    {
      id: 'nest',
      label: `Nest under ${parent.name}`,
      style: 'primary',
      actions: [{ type: 'nest_identity', params: { childId: child.id, parentId: parent.id } }],
      reply: null,
    },
    keepButton(phase, child, 'Keep it on its own', 'I’d like to keep it on its own.'),
  ],
});

export const proposeArchiveCard = (phase: Phase, identity: CardIdentity): ProposeArchiveCard => ({
  kind: 'propose_archive',
  phase,
  identity,
  ...interactive,
  buttons: [
    {
      id: 'archive',
      label: 'Archive it',
      style: 'primary',
      actions: [{ type: 'archive_identity', params: { id: identity.id } }],
      reply: null,
    },
    keepButton(phase, identity, 'Keep it', 'I want to keep it.'),
  ],
});

export interface VideoForCard {
  key: string;
  session: Session;
  placement: 'intro' | 'outro';
  title: string;
  url: string;
  durationSeconds: number;
}

export const videoCard = (phase: Phase, video: VideoForCard): VideoCard => ({
  kind: 'video',
  phase,
  video: { ...video, continueUnlocksAtSeconds: continueUnlocksAt(video.durationSeconds) },
  ...interactive,
  buttons: [
    {
      id: 'continue',
      label: 'Continue',
      style: 'primary',
      // An outro closes a session: Continue also starts the break before the next one.
      actions:
        video.placement === 'outro'
          ? [
              { type: 'acknowledge_video', params: { key: video.key } },
              { type: 'start_break', params: { session: video.session } },
            ]
          : [{ type: 'acknowledge_video', params: { key: video.key } }],
      reply: null,
    },
  ],
});

export const breakCard = (phase: Phase, session: Session, startedAt: Date): BreakCard => ({
  kind: 'break',
  phase,
  session,
  startedAt: startedAt.toISOString(),
  ...interactive,
  buttons: [
    {
      id: 'ready',
      label: 'I’m ready',
      style: 'primary',
      actions: [{ type: 'end_break', params: {} }],
      reply: null,
    },
  ],
});
