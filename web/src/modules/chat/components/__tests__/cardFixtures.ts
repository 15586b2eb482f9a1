import type { Card, CardButton } from '@/modules/chat/lib/cardTypes';

// Cards as the backend's card builders make them (coaching/components/card-builders.ts).
const reply = (id: string, label: string, text: string): CardButton => ({
  id,
  label,
  style: 'secondary',
  actions: [],
  reply: text,
});

const base = { displayOnly: false, pressed: null } as const;
const runner = { id: '11111111-1111-4111-8111-111111111111', name: 'Runner' };
const jogger = { id: '22222222-2222-4222-8222-222222222222', name: 'Jogger' };

export const cards = {
  intro: {
    kind: 'intro_choices',
    phase: 'introduction',
    ...base,
    buttons: [
      { id: 'start', label: 'Let’s start', style: 'primary', actions: [], reply: 'I’m ready, let’s start.' },
      reply('tell_me_more', 'Tell me more first', 'Can you tell me more about how this works?'),
    ],
  },
  suggestIAm: {
    kind: 'suggest_i_am',
    phase: 'i_am_statement',
    identity: runner,
    statement: 'I am a runner who trains with joy.',
    ...base,
    buttons: [
      {
        id: 'accept',
        label: 'Use this statement',
        style: 'primary',
        actions: [
          {
            type: 'set_i_am_statement',
            params: { id: runner.id, statement: 'I am a runner who trains with joy.' },
            editable: ['statement'],
          },
          { type: 'accept_i_am', params: { id: runner.id } },
        ],
        reply: null,
      },
      reply('rework', 'Let’s rework it', 'I’d like to rework this statement.'),
    ],
  },
  summary: {
    kind: 'i_am_summary',
    phase: 'i_am_statement',
    statements: [{ identityId: runner.id, name: 'Runner', statement: 'I am a runner who trains with joy.' }],
    ...base,
    buttons: [{ id: 'continue', label: 'Continue', style: 'primary', actions: [], reply: 'Let’s continue.' }],
  },
  combine: {
    kind: 'propose_combine',
    phase: 'brainstorming_review',
    keep: runner,
    merge: jogger,
    combinedName: 'Runner / Jogger',
    ...base,
    buttons: [
      {
        id: 'combine',
        label: 'Combine them',
        style: 'primary',
        actions: [{ type: 'combine_identities', params: { keepId: runner.id, mergeId: jogger.id } }],
        reply: null,
      },
      reply('keep_both', 'Keep both', 'I’d like to keep them separate.'),
    ],
  },
  nest: {
    kind: 'propose_nest',
    phase: 'brainstorming_review',
    child: jogger,
    parent: runner,
    ...base,
    buttons: [
      {
        id: 'nest',
        label: 'Nest under Runner',
        style: 'primary',
        actions: [{ type: 'nest_identity', params: { childId: jogger.id, parentId: runner.id } }],
        reply: null,
      },
      reply('keep', 'Keep it on its own', 'I’d like to keep it on its own.'),
    ],
  },
  archive: {
    kind: 'propose_archive',
    phase: 'identity_commitment',
    identity: jogger,
    ...base,
    buttons: [
      {
        id: 'archive',
        label: 'Archive it',
        style: 'primary',
        actions: [{ type: 'archive_identity', params: { id: jogger.id } }],
        reply: null,
      },
      {
        id: 'commit',
        label: 'Keep it',
        style: 'secondary',
        actions: [{ type: 'accept_commitment', params: { id: jogger.id } }],
        reply: null,
      },
    ],
  },
  video: {
    kind: 'video',
    phase: 'introduction',
    video: {
      key: 'welcome_intro',
      session: 'welcome',
      placement: 'intro',
      title: 'Welcome to identity coaching',
      url: '/media/videos/welcome_intro.mp4',
      durationSeconds: 10,
      continueUnlocksAtSeconds: 5,
    },
    ...base,
    buttons: [
      {
        id: 'continue',
        label: 'Continue',
        style: 'primary',
        actions: [{ type: 'acknowledge_video', params: { key: 'welcome_intro' } }],
        reply: null,
      },
    ],
  },
  break: {
    kind: 'break',
    phase: 'identity_brainstorming',
    session: 'get_to_know',
    startedAt: '2026-12-04T10:00:00.000Z',
    ...base,
    buttons: [
      {
        id: 'ready',
        label: 'I’m ready',
        style: 'primary',
        actions: [{ type: 'end_break', params: {} }],
        reply: null,
      },
    ],
  },
  safety: {
    kind: 'safety_resources',
    phase: 'get_to_know_you',
    region: 'GB',
    resources: [
      {
        name: 'Samaritans',
        phone: '116 123',
        url: 'https://www.samaritans.org',
        description: 'Any time, day or night.',
      },
    ],
    ...base,
    buttons: [
      {
        id: 'continue',
        label: 'I’m okay to continue',
        style: 'primary',
        actions: [],
        reply: 'I’m okay to continue.',
      },
      reply('show_resources', 'Show these again', 'Please show me the resources again.'),
    ],
  },
} satisfies Record<string, Card>;

/** The display-only copy the server stores once a button was pressed. */
export function answered<C extends Card>(card: C, buttonId: string, at = '2026-12-04T10:12:00.000Z'): C {
  const label = card.buttons.find((button) => button.id === buttonId)?.label ?? buttonId;
  return { ...card, buttons: [], displayOnly: true, pressed: { buttonId, label, at } };
}
