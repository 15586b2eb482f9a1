import { planDemoReply } from 'src/demo-coach/demo-coach';
import { rulesFromSchema } from 'src/demo-coach/demo-schema';
import type { IdentityState } from 'src/curriculum/identity-states';
import type { PromptContext } from 'src/curriculum/prompt-context';
import { coachReplyFormat } from 'src/prompts/assembly/response-schema';
import { PHASE_PROMPTS } from 'src/prompts/seed/phase.prompts';

// The last phase points the client to the visualization studio once, and afterwards reflects on
// a picture they say they made there.
const context = (states: [IdentityState, IdentityState], said: string): PromptContext => ({
  userName: 'Maya',
  currentPhase: 'identity_visualization',
  identityFocus: 'physical_expression',
  skippedCategories: [],
  identities: [
    {
      id: 'a',
      name: 'Runner',
      category: 'physical_expression',
      state: states[0],
      notes: [],
      iAmStatement: 'I am a runner who shows up',
      parentId: null,
    },
    {
      id: 'b',
      name: 'Big sister',
      category: 'familial_relations',
      state: states[1],
      notes: [],
      iAmStatement: 'I am a big sister Leo can count on',
      parentId: null,
    },
  ],
  whoYouAre: [],
  whoYouWantToBe: [],
  askedQuestions: [],
  currentIdentityId: null,
  userNotes: [],
  recentMessages: [
    { role: 'coach', content: 'Imagine a day as a runner.', actionSummaries: [] },
    { role: 'user', content: said, actionSummaries: [] },
  ],
});

const rules = rulesFromSchema(
  coachReplyFormat(PHASE_PROMPTS.identity_visualization.allowedActions, 'identity_visualization').schema,
);

describe('demo coach and the studio', () => {
  it('should point to the studio when the first picture is kept', () => {
    const first = planDemoReply(
      context(['i_am_complete', 'i_am_complete'], 'Running by the river at dawn'),
      rules,
    );
    expect(first.actions.map((action) => action.type)).toEqual(['accept_visualization']);
    expect(first.message).toContain('The Studio is open now');
  });

  it('should not repeat the pointer when a later picture is kept', () => {
    const second = planDemoReply(
      context(['visualization_complete', 'i_am_complete'], 'Reading to Leo on a Sunday'),
      rules,
    );
    expect(second.message).not.toContain('The Studio is open now');
    expect(second.message).toContain('make a picture of yourself living each of them');
  });

  it('should reflect on the picture when the client talks about one after the last phase', () => {
    const done: [IdentityState, IdentityState] = ['visualization_complete', 'visualization_complete'];
    const reflection = planDemoReply(context(done, 'I made a picture of me running in the studio!'), rules);
    expect(reflection.message).toContain('what in it feels most like you');
    expect(reflection.message).toContain('I am a runner who shows up');
    expect(planDemoReply(context(done, 'thanks'), rules).message).toContain('What next');
  });

  it('should tell the model about the studio and its pictures when the phase prompt is read', () => {
    const body = PHASE_PROMPTS.identity_visualization.body;
    expect(body).toContain('the Studio is now open');
    expect(body).toContain('When they talk about a picture they made in the Studio, reflect on it');
  });
});
