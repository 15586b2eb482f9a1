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

export const overlappingPair = (context: PromptContext): [ContextIdentity, ContextIdentity] | null => {
  const identities = live(context);
  for (const [index, a] of identities.entries()) {
    const b = identities
      .slice(index + 1)
      .find((other) => other.category === a.category && namesOverlap(a.name, other.name));
    if (b) {
      return [a, b];
    }
  }
  return null;
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

export const suggestedStatement = (identity: ContextIdentity): string =>
  `I am ${asRole(identity.name)}, and I live it a little more every day.`;

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
    case 'brainstorming_review': {
      const pair = overlappingPair(context);
      return pair
        ? `Let’s look over your list. ${quote(pair[0].name)} and ${quote(pair[1].name)} look close — should we combine them?`
        : 'Let’s look over your list. Do any of these overlap for you?';
    }
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
