import { planDemoNotes } from 'src/demo-coach/demo-sentinel';
import type { PromptContext } from 'src/curriculum/prompt-context';

const context = (said: string, notes: string[] = []): PromptContext => ({
  userName: 'Ana',
  currentPhase: 'get_to_know_you',
  identityFocus: 'passions_and_talents',
  skippedCategories: [],
  identities: [],
  whoYouAre: [],
  whoYouWantToBe: [],
  askedQuestions: [],
  currentIdentityId: null,
  userNotes: notes.map((text) => ({ text })),
  recentMessages: [{ id: 'm1', role: 'user', content: said, actionSummaries: [] }],
});

describe('demo sentinel', () => {
  it('should add one note per recognised fact when the client describes themselves', () => {
    expect(planDemoNotes(context("I'm a nurse. My daughter is 5!")).operations).toEqual([
      { op: 'add', id: '', text: 'Is a nurse.' },
      { op: 'add', id: '', text: 'Their daughter is 5.' },
    ]);
  });

  it('should add nothing when the fact is already remembered or nothing is recognised', () => {
    expect(planDemoNotes(context("I'm a nurse", ['Is a nurse.'])).operations).toEqual([]);
    expect(planDemoNotes(context('Let us keep going')).operations).toEqual([]);
  });
});
