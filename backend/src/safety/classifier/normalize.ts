// Text normalisation for the offline safety classifier. People in distress type fast, in lower
// case, without apostrophes and with typos; the patterns are written once against a canonical
// form instead of spelling every variant. The output is space-separated tokens in which "." ends
// a sentence and "," ends a clause, so no pattern (which uses single spaces between words) can
// match across a boundary.

/** Whole-token rewrites: contractions with and without apostrophes, chat shorthand, slang. */
const TOKEN_MAP: Record<string, string> = {
  im: 'i am',
  iam: 'i am',
  ima: 'i am going to',
  imma: 'i am going to',
  ive: 'i have',
  id: 'i would',
  // "i'll" loses its apostrophe as "ill", a real word; only the apostrophe form is expanded (below).
  dont: 'do not',
  dnt: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  cant: 'can not',
  cannot: 'can not',
  cnt: 'can not',
  wont: 'will not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  couldnt: 'could not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  aint: 'am not',
  theres: 'there is',
  whats: 'what is',
  thats: 'that is',
  wanna: 'want to',
  wana: 'want to',
  gonna: 'going to',
  gona: 'going to',
  gotta: 'got to',
  kinda: 'kind of',
  tryna: 'trying to',
  u: 'you',
  ur: 'your',
  r: 'are',
  rn: 'right now',
  tn: 'tonight',
  tonite: 'tonight',
  '2nite': 'tonight',
  '2night': 'tonight',
  b4: 'before',
  cuz: 'because',
  coz: 'because',
  bc: 'because',
  ppl: 'people',
  noone: 'nobody',
  no1: 'nobody',
  every1: 'everyone',
  evry1: 'everyone',
  lyf: 'life',
  lyfe: 'life',
  ded: 'dead',
  idk: 'i do not know',
  idc: 'i do not care',
  dunno: 'do not know',
  tbh: 'to be honest',
  ngl: 'not going to lie',
  oding: 'overdosing',
  odd: 'odd',
  alot: 'a lot',
  bout: 'about',
  abt: 'about',
  thinkin: 'thinking',
  thinkn: 'thinking',
  killin: 'killing',
  cuttin: 'cutting',
  hurtin: 'hurting',
  dyin: 'dying',
  livin: 'living',
  nothin: 'nothing',
  somethin: 'something',
  everythin: 'everything',
  w: 'with',
  wit: 'with',
  sum1: 'someone',
  any1: 'anyone',
  pls: 'please',
  plz: 'please',
  nd: 'and',
  n: 'and',
  anymor: 'anymore',
  kil: 'kill',
  kll: 'kill',
  klil: 'kill',
  kms: 'kill myself',
  ctb: 'kill myself',
  unalive: 'kill',
  unaliving: 'killing',
  unalived: 'killed',
  sewerslide: 'suicide',
  suicidle: 'suicidal',
  sucidle: 'suicidal',
  selfharm: 'self harm',
  selfharming: 'self harming',
  wnat: 'want',
  wnt: 'want',
  waht: 'want',
  mysef: 'myself',
  myslf: 'myself',
  meself: 'myself',
  anymroe: 'anymore',
  nomore: 'no more',
  alredy: 'already',
  tommorow: 'tomorrow',
  tomorow: 'tomorrow',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  pils: 'pills',
  dei: 'die',
  shd: 'self harmed',
  waek: 'wake',
  konw: 'know',
  smth: 'something',
  sth: 'something',
  knwo: 'know',
  wkae: 'wake',
  lfie: 'life',
  liev: 'live',
  diee: 'die',
  goodbyes: 'goodbye',
  byebye: 'goodbye',
};

/** Two-token rewrites applied after the single-token map. */
const PAIR_MAP: Record<string, string> = {
  'my self': 'myself',
  'any more': 'anymore',
  'no one': 'nobody',
  'no body': 'nobody',
  'sewer slide': 'suicide',
  'self harmed': 'self harmed',
  'good bye': 'goodbye',
  'be gone': 'be gone',
};

// Key terms a typo must not hide. A token that is not itself a known word, and collapses to
// the same letters as a key term once doubled letters are squashed ("diie", "alllive"), or is
// one edit away from a long key term ("myslef", "suicde"), is read as that term.
const KEY_TERMS = [
  'die',
  'dead',
  'dying',
  'kill',
  'killing',
  'myself',
  'suicide',
  'suicidal',
  'alive',
  'live',
  'living',
  'life',
  'anymore',
  'burden',
  'hurt',
  'hurting',
  'harm',
  'harming',
  'cut',
  'cutting',
  'overdose',
  'pills',
  'goodbye',
  'exist',
  'existing',
  'worthless',
  'hopeless',
  'pointless',
  'disappear',
  'forever',
  'wrists',
  'bleed',
  'want',
  'tonight',
  'everyone',
  'nobody',
  'without',
  'reason',
  'noose',
  'wake',
  'sleep',
  'never',
  'being',
  'unalive',
  'decided',
  'affairs',
  'bridge',
  'blade',
  'blades',
  'razor',
  'rope',
  'jump',
  'jumping',
  'hang',
  'tablets',
];

/** Long, distinctive key terms that few real words sit one edit away from. */
const EDIT_DISTANCE_TERMS = [
  'myself',
  'suicide',
  'suicidal',
  'overdose',
  'overdosing',
  'anymore',
  'existing',
  'worthless',
  'hopeless',
  'pointless',
  'disappear',
  'disappeared',
  'goodbye',
  'burden',
  'alive',
  'tonight',
  'everyone',
  'without',
  'never',
  'being',
  'exist',
  'reason',
  'unalive',
  'decided',
  'affairs',
];

// Real words one edit away from a key term: never "corrected".
const PROTECTED_WORDS = new Set([
  'fever',
  'lever',
  'nevers',
  'bring',
  'beings',
  'exits',
  'exist',
  'exists',
  'season',
  'treason',
  'reasons',
  'decides',
  'decider',
  'affair',
  'alike',
  'olive',
  'exiting',
  'existed',
  'overdoes',
  'homeless',
  'hopefuls',
  'burdens',
  'burned',
  'border',
  'without',
  'within',
  'tonight',
  'tonights',
  'everyones',
  'myselfs',
  'goodbye',
  'disappears',
  'disappeared',
  'suicides',
  'pointers',
  'anyone',
  'anymore',
  'alive',
  'arrive',
  'drive',
  'live',
  'lives',
  'give',
  'five',
  'hive',
  'dive',
  'wife',
  'like',
  'life',
  'lift',
  'line',
  'bled',
  'bleed',
  'breed',
  'lied',
  'tied',
  'died',
  'diet',
  'dies',
  'dice',
  'dine',
  'deed',
  'deal',
  'dear',
  'head',
  'read',
  'lead',
  'bead',
  'kilo',
  'fill',
  'hill',
  'will',
  'bill',
  'mill',
  'pill',
  'till',
  'wall',
  'bull',
  'nose',
  'noise',
]);

const COMMON_WORDS = new Set([
  ...PROTECTED_WORDS,
  'the',
  'and',
  'for',
  'but',
  'not',
  'all',
  'see',
  'too',
  'off',
  'feel',
  'free',
  'good',
  'need',
  'keep',
  'sleep',
  'week',
  'better',
  'been',
  'seen',
  'soon',
  'look',
  'book',
  'cool',
  'pool',
  'tool',
  'food',
  'mood',
  'full',
  'pull',
  'call',
  'fall',
  'ball',
  'tall',
  'small',
  'still',
  'skill',
  'kill',
  'killed',
  'killer',
  'killing',
  'chill',
  'cutting',
  'putting',
  'getting',
  'setting',
  'sitting',
  'hitting',
  'letting',
  'betting',
  'shutting',
  'hunting',
  'hurting',
  'giving',
  'living',
  'loving',
  'moving',
  'having',
  'saving',
  'diving',
  'driving',
  'dying',
  'drying',
  'dyeing',
  'lying',
  'tying',
  'eyeing',
  'coffee',
  'three',
  'agree',
  'apple',
  'happy',
  'happen',
  'sorry',
  'worry',
  'hurry',
  'carry',
  'marry',
  'pretty',
  'little',
  'middle',
  'bottle',
  'settle',
  'common',
  'summer',
  'dinner',
  'winner',
  'manner',
  'matter',
  'letter',
  'bitter',
  'butter',
  'shorter',
  'address',
  'access',
  'success',
  'stress',
  'class',
  'pass',
  'miss',
  'boss',
  'less',
  'mess',
  'across',
  'already',
  'alone',
  'harm',
  'harms',
  'farm',
  'warm',
  'arm',
  'arms',
  'charm',
  'hurt',
  'hurts',
  'hunt',
  'curt',
  'cute',
  'cure',
  'cult',
  'cut',
  'cuts',
  'gut',
  'hut',
  'nut',
  'but',
  'put',
  'cat',
  'cot',
  'want',
  'wants',
  'went',
  'wait',
  'what',
  'ant',
  'aunt',
  'pant',
  'rant',
  'reason',
  'season',
  'treason',
  'noose',
  'loose',
  'moose',
  'goose',
  'choose',
  'nobody',
  'forever',
  'however',
  'whoever',
  'fever',
  'never',
  'ever',
  'over',
  'clever',
  'everyone',
  'exist',
  'exists',
  'insist',
  'resist',
  'assist',
  'wrists',
  'wrist',
  'bleed',
  'pills',
  'hills',
  'bills',
  'mills',
  'fills',
  'kills',
  'skills',
  'spills',
  'still',
  'dead',
  'deaf',
  'bead',
  'die',
  'dig',
  'did',
  'dim',
  'tie',
  'lie',
  'pie',
  'due',
  'dye',
  'dies',
  'myself',
  'yourself',
  'himself',
  'herself',
  'itself',
  'ourselves',
  'themselves',
  'suicide',
  'suicidal',
  'overdose',
  'goodbye',
  'burden',
  'worthless',
  'hopeless',
  'pointless',
  'disappear',
  'existing',
  'life',
]);

const squash = (word: string): string => word.replace(/(.)\1+/g, '$1');

/** Optimal string alignment distance, capped: we only ask "is it at most 1?". */
export const editDistanceAtMostOne = (a: string, b: string): boolean => {
  if (a === b) {
    return true;
  }
  if (Math.abs(a.length - b.length) > 1) {
    return false;
  }
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let index = 0; index < a.length; index += 1) {
      if (a[index] !== b[index]) {
        diffs.push(index);
        if (diffs.length > 2) {
          return false;
        }
      }
    }
    if (diffs.length === 1) {
      return true;
    }
    // One transposition of neighbours ("myslef").
    const [first, second] = diffs as [number, number];
    return second === first + 1 && a[first] === b[second] && a[second] === b[first];
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  let skipped = false;
  for (let i = 0, j = 0; i < shorter.length; j += 1) {
    if (shorter[i] === longer[j]) {
      i += 1;
      continue;
    }
    if (skipped) {
      return false;
    }
    skipped = true;
  }
  return true;
};

const SQUASHED_KEYS = new Map(KEY_TERMS.map((term) => [squash(term), term]));

/** The key term a misspelt token stands for, or the token itself. */
export const correctToken = (token: string): string => {
  if (token.length < 3 || COMMON_WORDS.has(token)) {
    return token;
  }
  const squashed = SQUASHED_KEYS.get(squash(token));
  if (squashed) {
    return squashed;
  }
  if (token.length < 5) {
    return token;
  }
  for (const term of EDIT_DISTANCE_TERMS) {
    if (Math.abs(term.length - token.length) <= 1 && editDistanceAtMostOne(token, term)) {
      return term;
    }
  }
  return token;
};

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

// Ordinals, times and decades ("15th", "9pm", "90s") are numbers, not leetspeak.
const NUMBER_WORD = /^\d+(?:st|nd|rd|th|s|am|pm|k|h|m|min|mins|kg|km|mg)$/;

const unleet = (token: string): string =>
  /[a-z]/.test(token) && /[0-9@$]/.test(token) && !(token in TOKEN_MAP) && !NUMBER_WORD.test(token)
    ? token.replace(/[0-9@$]/g, (char) => LEET[char] ?? char)
    : token;

// Verbs a misspelling may hide right before "myself" ("kilol myself", "hutr myself").
const REFLEXIVE_VERBS = [
  'kill',
  'hurt',
  'harm',
  'cut',
  'burn',
  'hang',
  'end',
  'off',
  'stab',
  'drown',
  'shoot',
  'starve',
];

/** Corrections that need a neighbour to be safe: a token is only a typo of "kill" before "myself". */
const contextualFixes = (tokens: string[]): void => {
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (next === 'myself' && token.length >= 3 && !COMMON_WORDS.has(token)) {
      const verb = REFLEXIVE_VERBS.find(
        (candidate) =>
          candidate.length > 2 &&
          Math.abs(candidate.length - token.length) <= 1 &&
          editDistanceAtMostOne(token, candidate),
      );
      if (verb) {
        tokens[index] = verb;
      }
    }
    // "want to dye" at the end of a clause is not about hair colour.
    if (
      token === 'dye' &&
      tokens[index - 1] === 'to' &&
      (next === undefined || next === '.' || next === ',')
    ) {
      tokens[index] = 'die';
    }
  }
};

const CLAUSE_WORDS = new Set(['but', 'though', 'although', 'however', 'yet', 'except']);

/**
 * Lower case, no accents or punctuation, apostrophes and contractions expanded, repeated
 * letters collapsed, shorthand and common typos of key terms corrected. Sentence ends become
 * " . " and clause breaks (commas, dashes, "but") " , ".
 */
export const normalizeText = (input: string): string => {
  let text = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
  // Apostrophe contractions before punctuation goes; the bare forms are in TOKEN_MAP.
  text = text
    .replace(/\b(i)'m\b/g, 'i am')
    .replace(/\b(i)'ll\b/g, 'i will')
    // "i'd never been born", "i'd had enough": a past perfect, not "would".
    .replace(
      /\bi'd (never |not |just |already |finally )?(been|had|done|gone|known|seen|taken|made|planned|decided)\b/g,
      'i had $1$2',
    )
    .replace(/\b(i)'d\b/g, 'i would')
    .replace(/\b(\w+)'ve\b/g, '$1 have')
    .replace(/\b(\w+)'re\b/g, '$1 are')
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bain't\b/g, 'am not')
    .replace(/\b(\w+)n't\b/g, '$1 not')
    .replace(
      /\b(it|that|there|what|he|she|who|here|life|everything|nothing|this|living|existence|nobody|everyone)'s\b/g,
      '$1 is',
    )
    .replace(/\b(you|we|they|he|she|it)'ll\b/g, '$1 will')
    .replace(/\b(you|we|they|he|she)'d\b/g, '$1 would')
    .replace(/'s\b/g, '')
    .replace(/'/g, '');
  // Sentence and clause boundaries survive as tokens.
  text = text
    .replace(/[.!?;\n\r]+/g, ' . ')
    .replace(/[,:()[\]{}"]+|\s[-–—]+\s|\.{2,}/g, ' , ')
    .replace(/[-_/\\]+/g, ' ')
    .replace(/[^a-z0-9@$ .,]+/g, ' ');

  const tokens: string[] = [];
  for (const raw of text.split(/\s+/)) {
    if (!raw) {
      continue;
    }
    if (raw === '.' || raw === ',') {
      tokens.push(raw);
      continue;
    }
    let token = unleet(raw.replace(/[.,]/g, '')).replace(/(.)\1{2,}/g, '$1$1');
    if (!token) {
      continue;
    }
    if (CLAUSE_WORDS.has(token)) {
      tokens.push(',', token);
      continue;
    }
    token = TOKEN_MAP[token] ?? correctToken(token);
    tokens.push(...token.split(' '));
  }

  const merged: string[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const pair = `${tokens[index]} ${tokens[index + 1] ?? ''}`;
    const replacement = PAIR_MAP[pair];
    if (replacement) {
      merged.push(...replacement.split(' '));
      index += 1;
    } else {
      merged.push(tokens[index]);
    }
  }
  contextualFixes(merged);
  return merged
    .join(' ')
    .replace(/(?:\s*[.,]\s*)*\.(?:\s*[.,]\s*)*/g, ' . ')
    .replace(/(?:\s*,\s*)+/g, ' , ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.,]\s*|\s*[.,]$/g, '')
    .trim();
};
