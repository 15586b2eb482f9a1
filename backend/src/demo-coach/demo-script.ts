import { namesOverlap, quote } from 'src/demo-coach/demo-text';
import { CATEGORY_INFO, IDENTITY_CATEGORIES, type IdentityCategory } from 'src/curriculum/categories';
import { isBefore, PHASE_TARGET_STATE } from 'src/curriculum/identity-states';
import type { GetToKnowYouTopic, Phase } from 'src/curriculum/phases';
import type { ContextIdentity, PromptContext } from 'src/curriculum/prompt-context';

// What the demo coach reads from a context, and the fixed lines it says.

export const TOPIC_QUESTIONS: Record<GetToKnowYouTopic, string> = {
  background_upbringing: 'Where did you grow up, and what was it like?',
  family_structure: 'Who is in your family today?',
  work_living: 'What do you do for a living, and how do you feel about it?',
  hobbies_interests: 'What do you love doing when your time is your own?',
  why_here_hopes: 'What brings you here, and what do you hope will be different afterwards?',
};

export const REFLECTIONS = [
  'Thank you for sharing that.',
  'That helps me picture it.',
  'I appreciate you telling me.',
  'Good to know.',
  'That says a lot.',
];

export const live = (context: PromptContext): ContextIdentity[] =>
  context.identities.filter((identity) => identity.state !== 'archived');

/** Live identities a phase still has to work through, oldest first, the current one first. */
export const pendingFor = (context: PromptContext, phase: Phase): ContextIdentity[] => {
  const target = PHASE_TARGET_STATE[phase];
  if (!target) {
    return [];
  }
  // Entering refinement accepts every proposed identity, so both count as "not yet refined".
  const pending = live(context).filter((identity) => isBefore(identity.state, target));
  const current = pending.find((identity) => identity.id === context.currentIdentityId);
  return current ? [current, ...pending.filter((identity) => identity !== current)] : pending;
};

export const openCategories = (
  context: PromptContext,
  exclude: IdentityCategory[] = [],
): IdentityCategory[] => {
  const covered = new Set(live(context).map((identity) => identity.category));
  return IDENTITY_CATEGORIES.filter(
    (category) =>
      !covered.has(category) && !context.skippedCategories.includes(category) && !exclude.includes(category),
  );
};

export const categoryQuestion = (category: IdentityCategory): string => {
  const info = CATEGORY_INFO[category];
  return `Next: ${info.label.toLowerCase()} — ${info.description.charAt(0).toLowerCase()}${info.description.slice(1)} Who are you here, in a word or two?`;
};

/** Two live identities that overlap: one belongs inside the other (`nest`), or they are near-duplicates. */
export interface Overlap {
  kind: 'combine' | 'nest';
  /** The child for `nest`; the one kept for `combine`. */
  a: ContextIdentity;
  /** The parent for `nest`; the one merged in for `combine`. */
  b: ContextIdentity;
}

const wordSet = (name: string): Set<string> =>
  new Set(
    name
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );

const overlapOf = (first: ContextIdentity, second: ContextIdentity): Overlap | null => {
  if (first.category !== second.category || !namesOverlap(first.name, second.name)) {
    return null;
  }
  const [x, y] = [wordSet(first.name), wordSet(second.name)];
  // "Trail Runner" holds every word of "Runner": a kind of it, so it nests under it.
  if (
    x.size !== y.size &&
    [...(x.size < y.size ? x : y)].every((word) => (x.size < y.size ? y : x).has(word))
  ) {
    return x.size > y.size ? { kind: 'nest', a: first, b: second } : { kind: 'nest', a: second, b: first };
  }
  return { kind: 'combine', a: first, b: second };
};

const pairKey = (a: ContextIdentity, b: ContextIdentity): string => [a.name, b.name].sort().join('\u0000');

// The pairs the coach already offered (its card summaries in the history), so none is offered twice.
const offeredPairs = (context: PromptContext): Set<string> => {
  const names = live(context);
  const offered = new Set<string>();
  for (const message of context.recentMessages) {
    for (const line of message.actionSummaries) {
      const quoted = [...line.matchAll(/“([^”]+)”/g)].map((match) => match[1]);
      if (line.startsWith('Proposed combining') || line.startsWith('Proposed nesting')) {
        const [a, b] = quoted.map((name) => names.find((identity) => identity.name === name));
        if (a && b) {
          offered.add(pairKey(a, b));
        }
      }
    }
  }
  return offered;
};

/** The next overlapping pair not yet offered (and not `skip`), nests first. */
export const nextOverlap = (context: PromptContext, skip: Overlap | null = null): Overlap | null => {
  const identities = live(context);
  const offered = offeredPairs(context);
  if (skip) {
    offered.add(pairKey(skip.a, skip.b));
  }
  const found: Overlap[] = [];
  for (const [index, first] of identities.entries()) {
    for (const second of identities.slice(index + 1)) {
      const overlap = overlapOf(first, second);
      if (overlap && !offered.has(pairKey(first, second))) {
        found.push(overlap);
      }
    }
  }
  return found.find((overlap) => overlap.kind === 'nest') ?? found[0] ?? null;
};

/** The pair the coach's last message offered, while both are still live. */
export const proposedOverlap = (context: PromptContext): Overlap | null => {
  const lastCoach = [...context.recentMessages].reverse().find((message) => message.role === 'coach');
  const line = lastCoach?.actionSummaries.find(
    (summary) => summary.startsWith('Proposed combining') || summary.startsWith('Proposed nesting'),
  );
  if (!line) {
    return null;
  }
  const identities = live(context);
  const [a, b] = [...line.matchAll(/“([^”]+)”/g)].map((match) =>
    identities.find((identity) => identity.name === match[1]),
  );
  return a && b ? { kind: line.startsWith('Proposed nesting') ? 'nest' : 'combine', a, b } : null;
};

// Identity names are role nouns in title case ("Finisher", "Early riser"): a statement reads
// "I am a finisher", not "I am Finisher". Names that already read as a phrase stay as they are.
export const asRole = (name: string): string => {
  const trimmed = name.trim();
  const lowered = /^[A-Z][a-z]/.test(trimmed)
    ? `${trimmed[0]?.toLowerCase() ?? ''}${trimmed.slice(1)}`
    : trimmed;
  if (/^(a|an|the|my|someone|somebody)\b/i.test(trimmed)) {
    return lowered;
  }
  return `${/^[aeiou]/i.test(lowered) ? 'an' : 'a'} ${lowered}`;
};

// Statements read like something the client would say out loud: "I am a finisher who finishes
// what I start." Each area has its own clause; a rework asks for the next variant.
const STATEMENT_CLAUSES: Record<IdentityCategory, string> = {
  passions_and_talents: 'who makes time for what I love',
  maker_of_money: 'who brings real value to my work',
  keeper_of_money: 'who takes good care of what I earn',
  spiritual: 'who stays close to what matters most',
  personal_appearance: 'who takes pride in how I show up',
  physical_expression: 'who moves my body with joy',
  familial_relations: 'who shows up for my family',
  romantic_relation: 'who loves with patience and care',
  doer_of_things: 'who finishes what I start',
};

export const suggestedStatement = (identity: ContextIdentity, variant = 0): string => {
  const role = asRole(identity.name);
  const variants = [
    `I am ${role} ${STATEMENT_CLAUSES[identity.category]}.`,
    `I am ${role}, and I prove it with one small action every day.`,
    `I am ${role} at heart, and it shows in how I live.`,
  ];
  return variants[variant % variants.length] ?? variants[0] ?? '';
};

/** The first thing the coach says in a phase, used in the reply that moves there. */
export const openingText = (phase: Phase, context: PromptContext): string => {
  switch (phase) {
    case 'introduction':
      return `Welcome, ${context.userName}! Together we will discover the identities you live by — who you are in each part of your life — and shape them into "I am" statements. Shall we begin?`;
    case 'get_to_know_you':
      return `First, I would love to get to know you. ${TOPIC_QUESTIONS.background_upbringing}`;
    case 'identity_warm_up':
      return 'Let’s warm up with two quick lists. Who are you right now? A few words, separated by commas.';
    case 'identity_brainstorming': {
      const first = openCategories(context)[0] ?? context.identityFocus;
      return `Time to brainstorm, one area of life at a time. ${categoryQuestion(first)}`;
    }
    case 'brainstorming_review':
      return 'Let’s look over your list. Do any of these overlap for you?';
    case 'identity_refinement': {
      const current = pendingFor(context, 'identity_refinement')[0];
      return current
        ? `Now we sharpen each identity. Let’s start with ${quote(current.name)}: what one or two words capture it best?`
        : 'Now we sharpen each identity.';
    }
    case 'anything_missing':
      return 'Before we commit: is any part of your life missing from your list?';
    case 'identity_commitment': {
      const current = pendingFor(context, 'identity_commitment')[0];
      return current
        ? `Now, one at a time: is ${quote(current.name)} integral to who you are?`
        : 'Now we decide which identities you commit to.';
    }
    case 'i_am_statement': {
      const current = pendingFor(context, 'i_am_statement')[0];
      return current
        ? `Let’s turn each identity into an "I am" statement. For ${quote(current.name)}, how about: ${quote(suggestedStatement(current))}?`
        : 'Let’s turn each identity into an "I am" statement.';
    }
    case 'identity_visualization':
      return 'Here they are: your identities and your "I am" statements.';
  }
};
