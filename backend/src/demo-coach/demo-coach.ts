import {
  guessCategory,
  isAffirmative,
  isNegative,
  itemsFromWords,
  nameFromWords,
  quote,
  uniqueName,
  wantsToMoveOn,
  wantsToSkip,
} from 'src/demo-coach/demo-text';
import { type DemoPlan, type DemoRules, Reply } from 'src/demo-coach/demo-reply';
import {
  asRole,
  categoryQuestion,
  live,
  openCategories,
  openingText,
  overlappingPair,
  pendingFor,
  REFLECTIONS,
  suggestedStatement,
  TOPIC_QUESTIONS,
} from 'src/demo-coach/demo-script';
import { CATEGORY_INFO } from 'src/curriculum/categories';
import { GET_TO_KNOW_YOU_TOPICS, type GetToKnowYouTopic, nextPhase, type Phase } from 'src/curriculum/phases';
import type { ContextIdentity, PromptContext } from 'src/curriculum/prompt-context';

const advance = (reply: Reply, from: Phase, context: PromptContext): void => {
  const to = nextPhase(from);
  if (reply.moveTo(to) && to) {
    reply.say(openingText(to, context));
  }
};

type Step = (reply: Reply, context: PromptContext, said: string | null) => void;

const introduction: Step = (reply, context, said) => {
  if (said === null) {
    reply.say(openingText('introduction', context)).act({ type: 'show_intro_choices', params: {} });
  } else if (said.includes('?') || isNegative(said)) {
    reply
      .say(
        'Good question. Identity-based coaching starts from who you are rather than what you should do: habits follow identity. We go step by step, and you can pause at any time. Ready when you are.',
      )
      .act({ type: 'show_intro_choices', params: {} });
  } else {
    reply.say('Wonderful, let’s begin.');
    advance(reply, 'introduction', context);
  }
};

const getToKnowYou: Step = (reply, context, said) => {
  const asked = new Set<GetToKnowYouTopic>(context.askedQuestions);
  // The reply that entered this phase already asked the first topic without recording it.
  if (said !== null && asked.size === 0) {
    reply.act({ type: 'mark_question_asked', params: { question: GET_TO_KNOW_YOU_TOPICS[0] } });
    asked.add(GET_TO_KNOW_YOU_TOPICS[0]);
  }
  const next = GET_TO_KNOW_YOU_TOPICS.find((topic) => !asked.has(topic));
  if (said !== null && wantsToMoveOn(said)) {
    reply.say('Of course, let’s move on.');
    advance(reply, 'get_to_know_you', context);
  } else if (next) {
    reply
      .say(said === null ? '' : (REFLECTIONS[asked.size % REFLECTIONS.length] ?? ''))
      .say(TOPIC_QUESTIONS[next])
      .act({ type: 'mark_question_asked', params: { question: next } });
  } else {
    reply.say('Thank you — I have a much better picture of you now.');
    advance(reply, 'get_to_know_you', context);
  }
};

const warmUp: Step = (reply, context, said) => {
  if (said === null) {
    reply.say(openingText('identity_warm_up', context));
  } else if (context.whoYouAre.length === 0) {
    reply
      .act({ type: 'set_who_you_are', params: { items: itemsFromWords(said) } })
      .say('Lovely. And who do you want to be? Again, a few words.');
  } else {
    if (context.whoYouWantToBe.length === 0) {
      reply.act({ type: 'set_who_you_want_to_be', params: { items: itemsFromWords(said) } });
    }
    reply.say('Both lists are in.');
    advance(reply, 'identity_warm_up', context);
  }
};

const brainstorming: Step = (reply, context, said) => {
  const focus = context.identityFocus;
  if (said === null) {
    reply.say(categoryQuestion(focus));
    return;
  }
  if (wantsToSkip(said) || isNegative(said)) {
    reply
      .act({ type: 'skip_category', params: { category: focus } })
      .say('No problem, we can skip that one.');
  } else {
    const name = uniqueName(
      nameFromWords(said),
      context.identities.map((identity) => identity.name),
    );
    reply
      .act({ type: 'create_identity', params: { name, category: focus, note: said.trim().slice(0, 200) } })
      .say(`Noted: ${quote(name)}.`);
  }
  const next = openCategories(context, [focus])[0];
  if (next) {
    // The engine runs one more pass after a focus change, which opens the new area with its
    // guide; this reply only names it, so the two read naturally one after the other.
    reply
      .act({ type: 'focus_category', params: { category: next } })
      .say(`Next up: ${CATEGORY_INFO[next].label.toLowerCase()}.`);
  } else {
    reply.say('That covers every area of your life.');
    advance(reply, 'identity_brainstorming', context);
  }
};

const review: Step = (reply, context, said) => {
  const pair = overlappingPair(context);
  if (said === null) {
    if (pair) {
      reply
        .say(`${quote(pair[0].name)} and ${quote(pair[1].name)} look close. Combine them?`)
        .act({ type: 'propose_combine', params: { idA: pair[0].id, idB: pair[1].id } });
    } else {
      reply.say(openingText('brainstorming_review', context));
    }
  } else if (pair && isAffirmative(said) && reply.can('combine_identities')) {
    reply
      .act({ type: 'combine_identities', params: { keepId: pair[0].id, mergeId: pair[1].id } })
      .say(
        `Done: ${quote(pair[0].name)} and ${quote(pair[1].name)} are one now. Anything else that overlaps?`,
      );
  } else if (pair && !isNegative(said) && !wantsToMoveOn(said)) {
    reply
      .say(`${quote(pair[0].name)} and ${quote(pair[1].name)} look close. Combine them?`)
      .act({ type: 'propose_combine', params: { idA: pair[0].id, idB: pair[1].id } });
  } else {
    reply.say('Your list looks clear.');
    advance(reply, 'brainstorming_review', context);
  }
};

const refine = (reply: Reply, context: PromptContext, identity: ContextIdentity, said: string): void => {
  const name = uniqueName(
    nameFromWords(said, 2),
    context.identities.filter((other) => other.id !== identity.id).map((other) => other.name),
  );
  if (!isAffirmative(said) && name !== 'New Identity' && name.toLowerCase() !== identity.name.toLowerCase()) {
    reply.act({ type: 'rename_identity', params: { id: identity.id, name } }).say(`${quote(name)} it is.`);
  } else {
    reply.say(`${quote(identity.name)} stays.`);
  }
  reply.act({ type: 'accept_refinement', params: { id: identity.id } });
};

const refinement: Step = (reply, context, said) => {
  const [current, next] = pendingFor(context, 'identity_refinement');
  if (!current) {
    advance(reply, 'identity_refinement', context);
  } else if (said === null) {
    reply.say(`Let’s sharpen ${quote(current.name)}: what one or two words capture it best?`);
  } else {
    refine(reply, context, current, said);
    if (next) {
      reply.say(`Next, ${quote(next.name)}: what one or two words capture it best?`);
    } else {
      advance(reply, 'identity_refinement', context);
    }
  }
};

const anythingMissing: Step = (reply, context, said) => {
  const [pending] = pendingFor(context, 'anything_missing');
  if (said === null) {
    reply.say(openingText('anything_missing', context));
  } else if (pending) {
    refine(reply, context, pending, said);
    reply.say('Anything else missing?');
  } else if (isNegative(said) || wantsToMoveOn(said)) {
    reply.say('Then your list is complete.');
    advance(reply, 'anything_missing', context);
  } else {
    const name = uniqueName(
      nameFromWords(said),
      context.identities.map((identity) => identity.name),
    );
    reply
      .act({
        type: 'create_identity',
        params: { name, category: guessCategory(said), note: said.trim().slice(0, 200) },
      })
      .say(`I have added ${quote(name)}. Does that name fit, or would you sharpen it?`);
  }
};

const commitment: Step = (reply, context, said) => {
  const [current, next] = pendingFor(context, 'identity_commitment');
  if (!current) {
    advance(reply, 'identity_commitment', context);
    return;
  }
  if (said === null) {
    reply.say(`Is ${quote(current.name)} integral to who you are?`);
    return;
  }
  if (isAffirmative(said)) {
    reply
      .act({ type: 'accept_commitment', params: { id: current.id } })
      .say(`Committed: ${quote(current.name)}.`);
  } else if (isNegative(said)) {
    const type = reply.can('archive_identity') ? 'archive_identity' : 'propose_archive';
    reply.act({ type, params: { id: current.id } }).say(`Let’s set ${quote(current.name)} aside.`);
  } else {
    reply.say(`Just to be sure: is ${quote(current.name)} integral to who you are — yes or no?`);
    return;
  }
  if (next) {
    reply.say(`Next: is ${quote(next.name)} integral to who you are?`);
  } else {
    advance(reply, 'identity_commitment', context);
  }
};

const iAm: Step = (reply, context, said) => {
  const [current, next] = pendingFor(context, 'i_am_statement');
  if (!current) {
    if (said === null) {
      reply.say('Here is your summary.').act({ type: 'show_i_am_summary', params: {} });
    } else {
      reply.say('Beautiful work.');
      advance(reply, 'i_am_statement', context);
    }
    return;
  }
  const suggestion = current.iAmStatement ?? suggestedStatement(current);
  const statement = said !== null && /^\s*i am\b/i.test(said) ? said.trim().slice(0, 300) : null;
  if (said === null || (!statement && !isAffirmative(said))) {
    reply
      .say(`For ${quote(current.name)}, how about: ${quote(suggestion)}?`)
      .act({ type: 'suggest_i_am', params: { id: current.id, statement: suggestion } });
    return;
  }
  reply
    .act({ type: 'set_i_am_statement', params: { id: current.id, statement: statement ?? suggestion } })
    .act({ type: 'accept_i_am', params: { id: current.id } })
    .say('That one is yours.');
  if (next) {
    const nextSuggestion = next.iAmStatement ?? suggestedStatement(next);
    reply
      .say(`For ${quote(next.name)}, how about: ${quote(nextSuggestion)}?`)
      .act({ type: 'suggest_i_am', params: { id: next.id, statement: nextSuggestion } });
  } else {
    reply
      .say('Here is your summary — continue whenever you are ready.')
      .act({ type: 'show_i_am_summary', params: {} });
  }
};

const pictureInvite = (identity: ContextIdentity): string =>
  `Imagine a day as ${asRole(identity.name)}${identity.iAmStatement ? ` — ${quote(identity.iAmStatement)}` : ''}. Where are you, what are you doing, and how does it feel?`;

const NEXT_STEPS =
  'What next: read your statements aloud each morning, pick one small thing one of your identities would do this week, and visit the studio to see yourself living each of them.';

// The last phase: a reflection on the journey, then one identity at a time the client pictures
// living it (kept with accept_visualization), then the summary and what to do next.
const visualization: Step = (reply, context, said) => {
  const [current, next] = pendingFor(context, 'identity_visualization');
  if (!current) {
    if (said === null) {
      reply.say('Here is everything you built.').act({ type: 'show_i_am_summary', params: {} });
    }
    reply.say(NEXT_STEPS);
    return;
  }
  if (said === null) {
    const names = live(context).map((identity) => quote(identity.name));
    reply
      .say(
        `Look how far you have come: from a few words about yourself to ${names.length} identities you chose — ${names.join(', ')}.`,
      )
      .say(`Let’s picture living them, one at a time. ${pictureInvite(current)}`);
    return;
  }
  reply
    .act({
      type: 'accept_visualization',
      params: { id: current.id, visualization: said.trim().slice(0, 300) },
    })
    .say('Hold on to that picture.');
  if (next) {
    reply.say(`Next: ${pictureInvite(next)}`);
  } else {
    reply
      .say('You have pictured every one of your identities.')
      .act({ type: 'show_i_am_summary', params: {} })
      .say(NEXT_STEPS);
  }
};

const STEPS: Record<Phase, Step> = {
  introduction,
  get_to_know_you: getToKnowYou,
  identity_warm_up: warmUp,
  identity_brainstorming: brainstorming,
  brainstorming_review: review,
  identity_refinement: refinement,
  anything_missing: anythingMissing,
  identity_commitment: commitment,
  i_am_statement: iAm,
  identity_visualization: visualization,
};

/**
 * The demo coach as a state machine over (phase, context, the client's new message): it
 * creates identities from the client's words, moves the focus, accepts the current identity
 * and transitions when the phase's goal is met. With no new client message (the last message
 * is the coach's) it opens the current step instead.
 */
export const planDemoReply = (context: PromptContext, rules: DemoRules): DemoPlan => {
  const last = context.recentMessages[context.recentMessages.length - 1];
  const said = last?.role === 'user' && last.content.trim() ? last.content : null;
  const reply = new Reply(rules);
  STEPS[context.currentPhase](reply, context, said);
  return reply.build();
};
