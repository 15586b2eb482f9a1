import { planDemoReply } from 'src/demo-coach/demo-coach';
import { DEMO_LABEL } from 'src/demo-coach/demo-reply';
import { rulesFromSchema } from 'src/demo-coach/demo-schema';
import { validateJsonSchema } from 'src/ai/schema/json-schema';
import type { Action } from 'src/curriculum/actions';
import type { IdentityCategory } from 'src/curriculum/categories';
import { isBefore, PHASE_TARGET_STATE } from 'src/curriculum/identity-states';
import { nextPhase, type Phase } from 'src/curriculum/phases';
import type { PromptContext } from 'src/curriculum/prompt-context';
import { coachReplyFormat } from 'src/prompts/assembly/response-schema';
import { PHASE_PROMPTS } from 'src/prompts/seed/phase.prompts';

// A miniature of the coaching engine: enough state rules to walk the demo coach through the
// whole curriculum with the seed prompts' allowed actions.
const BRAINSTORM_ANSWERS: Record<IdentityCategory, string> = {
  passions_and_talents: 'I love playing guitar and writing songs',
  maker_of_money: 'I am a nurse on the kids ward',
  keeper_of_money: "I'd rather skip this one",
  spiritual: 'I meditate every morning',
  personal_appearance: 'nothing really',
  physical_expression: 'running by the river',
  familial_relations: 'big sister to Leo',
  romantic_relation: 'a loving partner',
  doer_of_things: 'I fix things around the house',
};

const clientSays = (context: PromptContext, turn: number): string => {
  switch (context.currentPhase) {
    case 'introduction':
      return turn === 0 ? 'What is this exactly?' : "Yes, let's start";
    case 'get_to_know_you':
      return `Here is my answer number ${context.askedQuestions.length}.`;
    case 'identity_warm_up':
      return context.whoYouAre.length === 0 ? 'a nurse, a musician and tired' : 'a saver, an athlete';
    case 'identity_brainstorming':
      // Areas where several are expected get one more question; the client is done then.
      return context.identities.some((identity) => identity.category === context.identityFocus)
        ? 'no, that is all'
        : BRAINSTORM_ANSWERS[context.identityFocus];
    case 'brainstorming_review':
      return 'No, it looks good';
    case 'identity_refinement':
      return turn % 2 === 0 ? 'Songwriter' : 'yes';
    case 'anything_missing':
      return context.identities.some((identity) => identity.name === 'Volunteer')
        ? context.identities.some(
            (identity) => identity.name === 'Volunteer' && identity.state === 'refinement_complete',
          )
          ? 'No, nothing else'
          : 'yes'
        : 'volunteer at the food bank';
    case 'identity_commitment':
      return context.identities.find((identity) => identity.id === context.currentIdentityId)?.category ===
        'physical_expression'
        ? 'no'
        : 'yes';
    case 'i_am_statement':
      return turn % 3 === 0 ? 'I am someone who keeps going' : 'yes';
    case 'identity_visualization':
      return 'thanks';
  }
};

const firstPending = (context: PromptContext, phase: Phase): string | null => {
  const target = PHASE_TARGET_STATE[phase];
  return target
    ? (context.identities.find((identity) => isBefore(identity.state, target))?.id ?? null)
    : context.currentIdentityId;
};

const apply = (context: PromptContext, action: Action, summaries: string[]): void => {
  const find = (id: string) => {
    const identity = context.identities.find((candidate) => candidate.id === id);
    expect(identity, `unknown identity ${id} in ${action.type}`).toBeDefined();
    return identity as PromptContext['identities'][number];
  };
  const advanceCurrent = (): void => {
    context.currentIdentityId = firstPending(context, context.currentPhase);
  };
  const create = (item: { name: string; category: IdentityCategory; note: string }): void => {
    const taken = context.identities.map((identity) => identity.name.toLowerCase());
    expect(taken).not.toContain(item.name.toLowerCase());
    context.identities.push({
      id: `00000000-0000-4000-8000-${String(context.identities.length).padStart(12, '0')}`,
      name: item.name,
      category: item.category,
      state: context.currentPhase === 'anything_missing' ? 'accepted' : 'proposed',
      notes: [item.note],
      iAmStatement: null,
      parentId: null,
    });
  };
  switch (action.type) {
    case 'create_identity':
      create(action.params);
      break;
    case 'create_identities':
      action.params.items.forEach(create);
      break;
    case 'propose_archive':
      // The client presses the card's Archive button.
      find(action.params.id).state = 'archived';
      advanceCurrent();
      break;
    case 'focus_category':
      context.identityFocus = action.params.category;
      break;
    case 'skip_category':
      context.skippedCategories.push(action.params.category);
      break;
    case 'set_who_you_are':
      context.whoYouAre = action.params.items;
      break;
    case 'set_who_you_want_to_be':
      context.whoYouWantToBe = action.params.items;
      break;
    case 'mark_question_asked':
      expect(context.askedQuestions).not.toContain(action.params.question);
      context.askedQuestions.push(action.params.question);
      break;
    case 'rename_identity':
      expect(
        context.identities
          .filter((identity) => identity.id !== action.params.id)
          .map((identity) => identity.name.toLowerCase()),
      ).not.toContain(action.params.name.toLowerCase());
      find(action.params.id).name = action.params.name;
      break;
    case 'accept_refinement':
      find(action.params.id).state = 'refinement_complete';
      advanceCurrent();
      break;
    case 'accept_commitment':
      find(action.params.id).state = 'commitment_complete';
      advanceCurrent();
      break;
    case 'archive_identity':
      find(action.params.id).state = 'archived';
      advanceCurrent();
      break;
    case 'set_i_am_statement':
      find(action.params.id).iAmStatement = action.params.statement;
      break;
    case 'accept_i_am':
      expect(find(action.params.id).iAmStatement).toBeTruthy();
      find(action.params.id).state = 'i_am_complete';
      advanceCurrent();
      break;
    case 'accept_visualization':
      expect(find(action.params.id).state).toBe('i_am_complete');
      find(action.params.id).state = 'visualization_complete';
      advanceCurrent();
      break;
    case 'combine_identities': {
      const keep = find(action.params.keepId);
      const merge = find(action.params.mergeId);
      keep.name = `${keep.name} / ${merge.name}`;
      merge.state = 'archived';
      break;
    }
    case 'transition_phase': {
      expect(action.params.to).toBe(nextPhase(context.currentPhase));
      context.currentPhase = action.params.to;
      if (action.params.to === 'identity_refinement') {
        for (const identity of context.identities) {
          identity.state = identity.state === 'proposed' ? 'accepted' : identity.state;
        }
      }
      context.currentIdentityId = firstPending(context, action.params.to);
      break;
    }
    case 'add_identity_note':
    case 'nest_identity':
    case 'unskip_category':
    case 'show_intro_choices':
    case 'suggest_i_am':
    case 'show_i_am_summary':
    case 'propose_combine':
    case 'propose_nest':
    case 'acknowledge_video':
    case 'start_break':
    case 'end_break':
      // Cards and actions the demo walk does not rely on change nothing here.
      break;
  }
  summaries.push(`Applied ${action.type}.`);
};

const walk = (secondPassOnFocusChange: boolean): { context: PromptContext; turns: number } => {
  const context: PromptContext = {
    userName: 'Maya',
    currentPhase: 'introduction',
    identityFocus: 'passions_and_talents',
    skippedCategories: [],
    identities: [],
    whoYouAre: [],
    whoYouWantToBe: [],
    askedQuestions: [],
    currentIdentityId: null,
    userNotes: [],
    recentMessages: [],
  };
  const coachPass = (): Action[] => {
    const phase = context.currentPhase;
    const format = coachReplyFormat(PHASE_PROMPTS[phase].allowedActions, phase);
    const plan = planDemoReply(context, rulesFromSchema(format.schema));
    expect(validateJsonSchema(format.schema, plan)).toEqual([]);
    // Only the conversation's first message carries the demo label (the app's badge has it too).
    expect(plan.message.startsWith(`${DEMO_LABEL}: `)).toBe(context.recentMessages.length === 0);
    const summaries: string[] = [];
    for (const action of plan.actions) {
      apply(context, action, summaries);
    }
    context.recentMessages.push({ role: 'coach', content: plan.message, actionSummaries: summaries });
    return plan.actions;
  };

  coachPass();
  let turns = 0;
  for (; turns < 150 && context.currentPhase !== 'identity_visualization'; turns += 1) {
    context.recentMessages.push({ role: 'user', content: clientSays(context, turns), actionSummaries: [] });
    const actions = coachPass();
    if (secondPassOnFocusChange && actions.some((action) => action.type === 'focus_category')) {
      coachPass();
    }
  }
  return { context, turns };
};

describe('planDemoReply', () => {
  it.each([false, true])(
    'should walk the whole curriculum with valid actions when the engine runs a second pass on focus changes: %s',
    (secondPass) => {
      const { context, turns } = walk(secondPass);
      expect(context.currentPhase).toBe('identity_visualization');
      expect(turns).toBeLessThan(80);
      expect(context.askedQuestions).toHaveLength(5);
      expect(context.whoYouAre.length).toBeGreaterThan(0);
      expect(context.skippedCategories).toEqual(
        expect.arrayContaining(['keeper_of_money', 'personal_appearance']),
      );
      const live = context.identities.filter((identity) => identity.state !== 'archived');
      expect(live.length).toBeGreaterThanOrEqual(6);
      expect(live.every((identity) => identity.state === 'i_am_complete' && identity.iAmStatement)).toBe(
        true,
      );
      expect(context.identities.some((identity) => identity.state === 'archived')).toBe(true);
      expect(context.identities.map((identity) => identity.name)).toContain('Volunteer');
    },
  );

  it('should open the current step without actions when the last message is its own', () => {
    const plan = planDemoReply(
      {
        userName: 'Maya',
        currentPhase: 'identity_brainstorming',
        identityFocus: 'spiritual',
        skippedCategories: [],
        identities: [],
        whoYouAre: [],
        whoYouWantToBe: [],
        askedQuestions: [],
        currentIdentityId: null,
        userNotes: [],
        recentMessages: [{ role: 'coach', content: 'Next up: spiritual.', actionSummaries: [] }],
      },
      {
        allowed: new Set(['create_identity', 'focus_category', 'transition_phase']),
        transitionTargets: null,
      },
    );
    expect(plan.actions).toEqual([]);
    expect(plan.message).toContain('spiritual');
  });

  it('should leave out actions the phase does not allow when the allowed list is narrowed', () => {
    const plan = planDemoReply(
      {
        userName: 'Maya',
        currentPhase: 'introduction',
        identityFocus: 'passions_and_talents',
        skippedCategories: [],
        identities: [],
        whoYouAre: [],
        whoYouWantToBe: [],
        askedQuestions: [],
        currentIdentityId: null,
        userNotes: [],
        recentMessages: [{ role: 'user', content: 'Ready!', actionSummaries: [] }],
      },
      { allowed: new Set(['show_intro_choices']), transitionTargets: null },
    );
    expect(plan.actions).toEqual([]);
  });
});
