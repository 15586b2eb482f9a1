import type { IdentityCategory } from 'src/curriculum/categories';

// Deterministic reading of a client's words for the offline demo coach. Crude on purpose:
// it only has to be predictable and to move the curriculum along.

const normalise = (text: string): string => text.trim().toLowerCase().replace(/[’']/g, "'");

export const isAffirmative = (text: string): boolean =>
  /^(yes|yeah|yep|yup|sure|ok|okay|ready|let's go|lets go|sounds good|great|perfect|absolutely|of course|i'm ready|im ready|go ahead|start|continue|keep it|that's right|correct|love it|i agree|agreed|definitely)\b/.test(
    normalise(text),
  );

export const isNegative = (text: string): boolean => {
  const words = normalise(text);
  return (
    /^(no|nope|nah|nothing|none|not really|not yet|i'm done|im done|done|that's all|that is all|that's it|all good|no more)\b/.test(
      words,
    ) || /\b(nothing else|nothing more|no more|that's everything)\b/.test(words)
  );
};

export const wantsToMoveOn = (text: string): boolean =>
  /\b(move on|skip|next|let's continue|lets continue|can we continue)\b/.test(normalise(text));

export const wantsToSkip = (text: string): boolean =>
  /\b(skip|pass|not now|rather not|not relevant|doesn't apply|does not apply)\b/.test(normalise(text));

const FILLER =
  /^(i am|i'm|im|i would say|i'd say|maybe|probably|definitely|well|so|i guess|i think|i love|i like|i enjoy|i really like|i really love|i'm into|im into|i do|i play|i want to be|i'd like to be|i would like to be|my|being|as|a|an|the|yes|yeah|ok|okay|oh|hmm|um)\s+/;

const PREPOSITIONS = new Set([
  'at',
  'in',
  'on',
  'for',
  'with',
  'to',
  'of',
  'by',
  'from',
  'about',
  'around',
  'every',
]);

const titleCase = (words: string[]): string =>
  words.map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()).join(' ');

/** A short identity name from the client's words: "I love playing guitar, a lot" → "Playing Guitar". */
export const nameFromWords = (text: string, maxWords = 3): string => {
  let clause = normalise(text).split(/[,.;!?\n]|\band\b|\bbut\b|\bbecause\b/)[0] ?? '';
  for (let previous = ''; previous !== clause;) {
    previous = clause;
    clause = clause.trim().replace(FILLER, '');
  }
  clause = clause.replace(/^i\s+/, '');
  const all = clause
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // "volunteer at the food bank" → "Volunteer": the role comes before the first preposition.
  const cut = all.findIndex((word, index) => index > 0 && PREPOSITIONS.has(word));
  const words = (cut > 0 ? all.slice(0, cut) : all).slice(0, maxWords);
  return words.length > 0 ? titleCase(words) : 'New Identity';
};

/** Names are unique per client, case-insensitively: "Runner" becomes "Runner 2" when taken. */
export const uniqueName = (name: string, taken: readonly string[]): string => {
  const used = new Set(taken.map((existing) => existing.toLowerCase()));
  if (!used.has(name.toLowerCase())) {
    return name;
  }
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${name} ${suffix}`;
    if (!used.has(candidate.toLowerCase())) {
      return candidate;
    }
  }
};

/** List items from free text: commas, semicolons, new lines and "and" separate them. */
export const itemsFromWords = (text: string): string[] => {
  const items = text
    .split(/[,;\n]|\band\b/i)
    .map((item) =>
      item
        .trim()
        .replace(/^[-*•\d.)\s]+/, '')
        .replace(/[.!?]+$/, '')
        .trim(),
    )
    .filter((item) => item.length > 0)
    .map((item) => item.slice(0, 80));
  return (items.length > 0 ? items : [text.trim().slice(0, 80) || 'Myself']).slice(0, 10);
};

const CATEGORY_HINTS: [RegExp, IdentityCategory][] = [
  [/\b(job|work|career|business|client|salary|earn|boss|company|freelanc)/, 'maker_of_money'],
  [/\b(sav|budget|invest|spend|debt|money|finance)/, 'keeper_of_money'],
  [/\b(faith|pray|god|church|spirit|meditat|soul|believ)/, 'spiritual'],
  [/\b(style|dress|look|cloth|groom|appearance|fashion)/, 'personal_appearance'],
  [/\b(run|gym|sport|fit|yoga|swim|cycl|hik|danc|health|climb)/, 'physical_expression'],
  [
    /\b(mom|mum|dad|mother|father|parent|son|daughter|brother|sister|family|grand|uncle|aunt|cousin)/,
    'familial_relations',
  ],
  [/\b(partner|husband|wife|boyfriend|girlfriend|spouse|lover|dating|romant)/, 'romantic_relation'],
  [/\b(music|art|paint|writ|guitar|sing|cook|talent|passion|creat|photograph|craft)/, 'passions_and_talents'],
];

/** Where a new identity probably belongs; "doer of things" holds the rest. */
export const guessCategory = (text: string): IdentityCategory =>
  CATEGORY_HINTS.find(([pattern]) => pattern.test(normalise(text)))?.[1] ?? 'doer_of_things';

const STOP_WORDS = new Set(['the', 'and', 'who', 'for', 'with', 'of', 'a', 'an', 'my']);

const significantWords = (name: string): Set<string> =>
  new Set(
    normalise(name)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2 && !STOP_WORDS.has(word)),
  );

/** Two names overlap when one contains the other or they share a meaningful word. */
export const namesOverlap = (a: string, b: string): boolean => {
  const [left, right] = [normalise(a), normalise(b)];
  if (left.includes(right) || right.includes(left)) {
    return true;
  }
  const words = significantWords(b);
  return [...significantWords(a)].some((word) => words.has(word));
};

export const quote = (text: string): string => `“${text}”`;
