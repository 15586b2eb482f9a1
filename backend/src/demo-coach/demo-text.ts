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

export const wantsToCombine = (text: string): boolean =>
  /\b(combine|merge|join|put them together|same thing)\b/.test(normalise(text));

export const wantsToNest = (text: string): boolean => /\b(nest|under|inside|part of)\b/.test(normalise(text));

export const wantsRework = (text: string): boolean =>
  /\b(rework|another|different|something else|try again|not quite|change it)\b/.test(normalise(text));

export const wantsToMoveOn = (text: string): boolean =>
  /\b(move on|skip|next|let's continue|lets continue|can we continue)\b/.test(normalise(text));

export const wantsToSkip = (text: string): boolean =>
  /\b(skip|pass|not now|rather not|not relevant|doesn't apply|does not apply)\b/.test(normalise(text));

const FILLER =
  /^(i am|i'm|im|i would say|i'd say|maybe|probably|definitely|well|so|i guess|i think|i love|i like|i enjoy|i really like|i really love|i'm into|im into|i do|i want to be|i'd like to be|i would like to be|i'm also|also|my|being|as|a|an|the|yes|yeah|ok|okay|oh|hmm|um|really|just)\s+/;

// Words that end a role: "volunteer at the food bank" → "Volunteer".
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
  'as',
  'when',
  'while',
  'who',
  'that',
  'which',
  'because',
  'so',
  'or',
]);

// Words that never make an identity name on their own: "nothing else is missing" is an answer,
// not a role, and a name never ends on a function word ("Earn Money As").
const NOT_A_NAME = new Set([
  'nothing',
  'else',
  'missing',
  'none',
  'no',
  'yes',
  'fine',
  'good',
  'great',
  'keep',
  'it',
  'that',
  'this',
  'same',
  'ok',
  'okay',
  'sure',
  'thanks',
  'thank',
  'you',
  'all',
  'done',
  'really',
  'everything',
  'something',
  'anything',
  'more',
  'much',
  'lot',
  'things',
  'thing',
  'stuff',
  'me',
  'myself',
  'too',
  'also',
  'very',
  'is',
  'are',
  'was',
  'be',
  'and',
  'a',
  'an',
  'the',
  'my',
  'your',
  'our',
  'their',
  'his',
  'her',
  'them',
  "it's",
  'am',
  'do',
  'does',
  'did',
  'have',
  'has',
  'i',
  'we',
  'they',
]);

// Verbs a client names an activity with, and the role that does it ("play guitar" → "Guitar
// Player", "running" → "Runner"). Crude on purpose: it only has to read well in a demo.
const AGENTS: Record<string, string> = {
  play: 'player',
  paint: 'painter',
  draw: 'artist',
  sing: 'singer',
  write: 'writer',
  read: 'reader',
  bake: 'baker',
  cook: 'cook',
  garden: 'gardener',
  run: 'runner',
  swim: 'swimmer',
  cycle: 'cyclist',
  ride: 'rider',
  hike: 'hiker',
  climb: 'climber',
  dance: 'dancer',
  teach: 'teacher',
  coach: 'coach',
  build: 'builder',
  fix: 'fixer',
  make: 'maker',
  design: 'designer',
  code: 'coder',
  program: 'programmer',
  meditate: 'meditator',
  pray: 'believer',
  save: 'saver',
  invest: 'investor',
  budget: 'budgeter',
  earn: 'earner',
  lead: 'leader',
  organise: 'organiser',
  organize: 'organizer',
  travel: 'traveller',
  volunteer: 'volunteer',
  help: 'helper',
  care: 'carer',
  listen: 'listener',
  learn: 'learner',
  finish: 'finisher',
  photograph: 'photographer',
  knit: 'knitter',
  sew: 'sewer',
  craft: 'crafter',
  lift: 'lifter',
  train: 'athlete',
  walk: 'walker',
  jog: 'jogger',
  surf: 'surfer',
  ski: 'skier',
  parent: 'parent',
  mentor: 'mentor',
  host: 'host',
  sail: 'sailor',
  compose: 'composer',
  act: 'actor',
};

/** The base form of a verb the client used ("playing" → "play"), if it is one we know. */
const verbOf = (word: string): string | null => {
  if (AGENTS[word]) {
    return word;
  }
  const stem = word.endsWith('ing') ? word.slice(0, -3) : word.endsWith('s') ? word.slice(0, -1) : null;
  if (!stem) {
    return null;
  }
  const candidates = [stem, `${stem}e`, stem.slice(0, -1)];
  return candidates.find((candidate) => AGENTS[candidate]) ?? null;
};

const titleCase = (words: string[]): string =>
  words.map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()).join(' ');

const wordsOf = (clause: string): string[] =>
  clause
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

const stripFiller = (text: string): string => {
  let clause = text;
  for (let previous = ''; previous !== clause;) {
    previous = clause;
    clause = clause.trim().replace(FILLER, '');
  }
  return clause.replace(/^i\s+/, '');
};

const trimFunctionWords = (words: string[]): string[] => {
  const out = [...words];
  while (out.length > 0 && NOT_A_NAME.has(out[out.length - 1] ?? '')) {
    out.pop();
  }
  while (out.length > 0 && NOT_A_NAME.has(out[0] ?? '')) {
    out.shift();
  }
  return out;
};

/**
 * A short identity name from one phrase of the client's words, or null when the words name no
 * role ("nothing else is missing", "yes"): "I earn money as a nurse" → "Nurse", "I love playing
 * guitar" → "Guitar Player", "running by the river" → "Runner", "big sister to Leo" → "Big Sister".
 */
export const nameFromPhrase = (text: string, maxWords = 2): string | null => {
  const lowered = normalise(text);
  // "… as a nurse", "I'm a nurse", "being a calm parent": the role is what follows the article.
  const role = /\b(?:as|am|i'm|im|being|be|become)\s+(?:a|an|the)\s+([\p{L}\s'-]+)/u.exec(lowered);
  const clause = stripFiller(role?.[1] ?? lowered);
  const all = wordsOf(clause);
  const cut = all.findIndex((word, index) => index > 0 && PREPOSITIONS.has(word));
  const words = trimFunctionWords(cut > 0 ? all.slice(0, cut) : all);
  if (words.length === 0 || words.every((word) => NOT_A_NAME.has(word))) {
    return null;
  }
  const verb = role ? null : verbOf(words[0] ?? '');
  if (verb) {
    const found = words.slice(1).find((word) => !NOT_A_NAME.has(word) && !verbOf(word));
    // "writing songs" → "Song Writer": the object reads as a singular noun before the role.
    const object = found && /[^s]s$/.test(found) && found.length > 3 ? found.slice(0, -1) : found;
    const agent = AGENTS[verb] ?? verb;
    return titleCase(object && agent !== 'volunteer' ? [object, agent] : [agent]);
  }
  return titleCase(words.slice(0, maxWords));
};

/** Several roles from one answer: "I paint, sing and bake bread" → Painter, Singer, Bread Baker. */
export const namesFromWords = (text: string): string[] => {
  const phrases = normalise(text)
    .split(/[,;\n]|\band\b|\bplus\b|\balso\b/)
    .map((phrase) => phrase.trim())
    .filter(Boolean);
  const names = phrases
    .map((phrase) => nameFromPhrase(phrase))
    .filter((name): name is string => name !== null);
  return [...new Map(names.map((name) => [name.toLowerCase(), name])).values()].slice(0, 5);
};

/** One name for the whole answer (the first role in it), or null when there is none. */
export const nameFromWords = (text: string, maxWords = 2): string | null =>
  nameFromPhrase(normalise(text).split(/[,.;!?\n]|\band\b|\bbut\b|\bbecause\b/)[0] ?? '', maxWords);

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
