import type { Phase } from 'src/curriculum/phases';
import type { PromptContext } from 'src/curriculum/prompt-context';

// A realistic client halfway through brainstorming, so a preview shows every section filled.
// Fixed ids keep previews (and the response cache) stable between runs.
export const sampleContext = (phase: Phase = 'identity_brainstorming'): PromptContext => ({
  userName: 'Maya',
  currentPhase: phase,
  identityFocus: 'keeper_of_money',
  skippedCategories: [],
  identities: [
    {
      id: '8d0c6a3e-4f1b-4c2a-9d7e-1a2b3c4d5e01',
      name: 'Musician',
      category: 'passions_and_talents',
      state: phase === 'identity_brainstorming' ? 'proposed' : 'accepted',
      notes: ['Plays guitar most evenings; wrote her first song at 15.'],
      iAmStatement: null,
      parentId: null,
    },
    {
      id: '8d0c6a3e-4f1b-4c2a-9d7e-1a2b3c4d5e02',
      name: 'Storyteller',
      category: 'passions_and_talents',
      state: phase === 'identity_brainstorming' ? 'proposed' : 'accepted',
      notes: ['Friends ask her to tell the story of the road trip again and again.'],
      iAmStatement: null,
      parentId: null,
    },
    {
      id: '8d0c6a3e-4f1b-4c2a-9d7e-1a2b3c4d5e03',
      name: 'Nurse',
      category: 'maker_of_money',
      state: phase === 'identity_brainstorming' ? 'proposed' : 'accepted',
      notes: ['Night shifts in paediatrics; proud of how calm she stays.'],
      iAmStatement: null,
      parentId: null,
    },
  ],
  whoYouAre: ['tired but hopeful', 'a night-shift nurse', 'the friend people call'],
  whoYouWantToBe: ['someone who finishes her album', 'calm with money', 'a present sister'],
  askedQuestions: [
    'background_upbringing',
    'family_structure',
    'work_living',
    'hobbies_interests',
    'why_here_hopes',
  ],
  currentIdentityId: phase === 'identity_brainstorming' ? null : '8d0c6a3e-4f1b-4c2a-9d7e-1a2b3c4d5e01',
  userNotes: [
    { text: 'Works night shifts as a paediatric nurse.' },
    { text: 'Has a younger brother, Leo, she feels responsible for.' },
    { text: 'Wants to record an album of her own songs this year.' },
  ],
  recentMessages: [
    {
      role: 'coach',
      content: 'Let us start with your passions and talents. What do you love doing, or do naturally well?',
      actionSummaries: [],
    },
    {
      role: 'user',
      content: 'Music, definitely. And I guess I am the one who tells the stories at parties.',
      actionSummaries: [],
    },
    {
      role: 'coach',
      content: 'Musician and Storyteller — both sound like you. Now, how do you make your living?',
      actionSummaries: [
        'Created identity “Musician” in passions_and_talents.',
        'Created identity “Storyteller” in passions_and_talents.',
        'Moved the focus to maker_of_money.',
      ],
    },
    { role: 'user', content: 'I am a nurse. Night shifts, kids ward.', actionSummaries: [] },
    {
      role: 'coach',
      content: 'Nurse it is. Next: how do you look after the money you earn?',
      actionSummaries: ['Created identity “Nurse” in maker_of_money.', 'Moved the focus to keeper_of_money.'],
    },
    {
      role: 'user',
      content: 'Honestly? Not great. I spend it as fast as it comes, but I want to save for the album.',
      actionSummaries: [],
    },
  ],
});
