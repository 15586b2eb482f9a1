import {
  guessCategory,
  isAffirmative,
  isNegative,
  itemsFromWords,
  nameFromWords,
  namesFromWords,
  quote,
  uniqueName,
  wantsRework,
  wantsToCombine,
  wantsToMoveOn,
  wantsToNest,
  wantsToSkip,
} from 'src/demo-coach/demo-text';
import { type DemoPlan, type DemoRules, Reply } from 'src/demo-coach/demo-reply';
import {
  asRole,
  categoryQuestion,
  live,
  openCategories,
  openingText,
  nextOverlap,
  type Overlap,
  pendingFor,
  proposedOverlap,
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
    reply
      .labelled()
      .say(openingText('introduction', context))
      .act({ type: 'show_intro_choices', params: {} });
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
  const declined = wantsToSkip(said) || isNegative(said);
  const hasSome = live(context).some((identity) => identity.category === focus);
  const names = declined ? [] : namesFromWords(said);
  if (names.length > 0) {
    const taken = context.identities.map((identity) => identity.name);
    const unique = names.map((name) => {
      const free = uniqueName(name, taken);
      taken.push(free);
      return free;
    });
    const note = said.trim().slice(0, 200);
    reply.act(
      unique.length === 1
        ? { type: 'create_identity', params: { name: unique[0] ?? '', category: focus, note } }
        : {
            type: 'create_identities',
            params: { items: unique.map((name) => ({ name, category: focus, note })) },
          },
    );
    reply.say(`Noted: ${unique.map(quote).join(', ')}.`);
    // Areas where people usually have several (passions, family) get one more question.
    if (CATEGORY_INFO[focus].severalExpected) {
      reply.say('Anything else here? If not, just say so and we move on.');
      return;
    }
  } else if (declined && !hasSome) {
    reply
      .act({ type: 'skip_category', params: { category: focus } })
      .say('No problem, we can skip that one.');
  } else if (!declined) {
    reply.say('Tell me in a word or two — a role works best, like “Runner” or “Saver”.');
    return;
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

const propose = (reply: Reply, overlap: Overlap): void => {
  const [a, b] = [quote(overlap.a.name), quote(overlap.b.name)];
  if (overlap.kind === 'nest') {
    reply
      .say(`${a} looks like part of ${b}. Shall we nest it there?`)
      .act({ type: 'propose_nest', params: { childId: overlap.a.id, parentId: overlap.b.id } });
  } else {
    reply
      .say(`${a} and ${b} look close. Shall we combine them?`)
      .act({ type: 'propose_combine', params: { idA: overlap.a.id, idB: overlap.b.id } });
  }
};

// One overlapping pair at a time, each offered once: the client decides with the card's
// buttons or in words ("combine them", "nest it", "keep both").
const review: Step = (reply, context, said) => {
  const offered = said === null ? null : proposedOverlap(context);
  if (offered && said !== null) {
    const agrees = isAffirmative(said) || wantsToCombine(said) || wantsToNest(said);
    if (agrees && (offered.kind === 'nest' || wantsToNest(said)) && !wantsToCombine(said)) {
      reply
        .act({ type: 'nest_identity', params: { childId: offered.a.id, parentId: offered.b.id } })
        .say(`Done: ${quote(offered.a.name)} now lives under ${quote(offered.b.name)}.`);
    } else if (agrees) {
      reply
        .act({ type: 'combine_identities', params: { keepId: offered.a.id, mergeId: offered.b.id } })
        .say(`Done: ${quote(offered.a.name)} and ${quote(offered.b.name)} are one now.`);
    } else {
      reply.say('Fine, we keep both.');
    }
  }
  const pair = nextOverlap(context, offered);
  if (pair) {
    propose(reply, pair);
  } else if (said === null || offered) {
    reply.say(said === null ? openingText('brainstorming_review', context) : 'Any other overlaps you see?');
  } else {
    reply.say('Your list looks clear.');
    advance(reply, 'brainstorming_review', context);
  }
};

const refine = (reply: Reply, context: PromptContext, identity: ContextIdentity, said: string): void => {
  const suggested = isAffirmative(said) || isNegative(said) ? null : nameFromWords(said, 2);
  const name = suggested
    ? uniqueName(
        suggested,
        context.identities.filter((other) => other.id !== identity.id).map((other) => other.name),
      )
    : null;
  if (name && name.toLowerCase() !== identity.name.toLowerCase()) {
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
  } else if (isNegative(said) || wantsToMoveOn(said) || !nameFromWords(said)) {
    reply.say('Then your list is complete.');
    advance(reply, 'anything_missing', context);
  } else {
    const name = uniqueName(
      nameFromWords(said) ?? 'New Role',
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
    // The client confirms with the card: archive it, or commit after all.
    reply
      .say(`Then we can set ${quote(current.name)} aside — archive it?`)
      .act({ type: 'propose_archive', params: { id: current.id } });
    return;
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

const suggest = (reply: Reply, identity: ContextIdentity, variant: number): void => {
  const statement = suggestedStatement(identity, variant);
  reply
    .say(`For ${quote(identity.name)}, how about: ${quote(statement)}`)
    .act({ type: 'suggest_i_am', params: { id: identity.id, statement } });
};

/** How many statements were already suggested for `identity` in a row (a rework asks again). */
const suggestionsFor = (context: PromptContext, identity: ContextIdentity): number => {
  let count = 0;
  for (const message of [...context.recentMessages].reverse()) {
    if (message.role !== 'coach') {
      continue;
    }
    if (
      !message.actionSummaries.some(
        (line) =>
          line.startsWith('Suggested the “I am” statement') && line.endsWith(`for ${quote(identity.name)}.`),
      )
    ) {
      break;
    }
    count += 1;
  }
  return count;
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
  const statement = said !== null && /^\s*i am\b/i.test(said) ? said.trim().slice(0, 300) : null;
  if (said === null || (!statement && !isAffirmative(said))) {
    // "Let’s rework it" gets a different suggestion each time.
    const variant = said !== null && wantsRework(said) ? suggestionsFor(context, current) : 0;
    suggest(reply, current, variant);
    return;
  }
  reply
    .act({
      type: 'set_i_am_statement',
      params: {
        id: current.id,
        // The statement on the latest card for it, when the client accepts it in words.
        statement:
          statement ??
          current.iAmStatement ??
          suggestedStatement(current, Math.max(0, suggestionsFor(context, current) - 1)),
      },
    })
    .act({ type: 'accept_i_am', params: { id: current.id } })
    .say('That one is yours.');
  if (next) {
    suggest(reply, next, 0);
  } else {
    reply
      .say('Here is your summary — continue whenever you are ready.')
      .act({ type: 'show_i_am_summary', params: {} });
  }
};

const pictureInvite = (identity: ContextIdentity): string =>
  `Imagine a day as ${asRole(identity.name)}${identity.iAmStatement ? ` — ${quote(identity.iAmStatement)}` : ''}. Where are you, what are you doing, and how does it feel?`;

const NEXT_STEPS =
  'What next: read your statements aloud each morning, pick one small thing one of your identities would do this week, and open the Studio to make a picture of yourself living each of them.';

const STUDIO_POINTER =
  'The Studio is open now (in the menu): describe a scene like this one there, get a picture of yourself living it, refine it in a few words and keep one on the identity’s card.';

// After the curriculum the client may come back from the studio; the demo has no view of their
// pictures, so it reflects on what they say about one.
const TALKS_ABOUT_A_PICTURE = /\b(studio|picture|image|photo|drawing|illustration|drew|generated)\b/i;

const studioReflection = (context: PromptContext): string => {
  const [first] = live(context);
  const statement = first?.iAmStatement ? ` and read it next to ${quote(first.iAmStatement)}` : '';
  return `I love that you made it real. Look at your picture for a moment${statement}: what in it feels most like you, and what is one thing the person in it would do this week?`;
};

// The last phase: a reflection on the journey, then one identity at a time the client pictures
// living it (kept with accept_visualization), then the summary and what to do next.
const visualization: Step = (reply, context, said) => {
  const [current, next] = pendingFor(context, 'identity_visualization');
  if (!current) {
    if (said === null) {
      reply.say('Here is everything you built.').act({ type: 'show_i_am_summary', params: {} });
    }
    reply.say(said !== null && TALKS_ABOUT_A_PICTURE.test(said) ? studioReflection(context) : NEXT_STEPS);
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
  // Point to the studio once, with the first picture kept.
  if (!context.identities.some((identity) => identity.state === 'visualization_complete')) {
    reply.say(STUDIO_POINTER);
  }
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
