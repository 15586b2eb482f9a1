import {
  CORPUS_FAMILIES,
  type CorpusFamily,
  type CorpusLabel,
  HARD_NEGATIVE_LABELS,
  POSITIVE_LABELS,
  SHARED_SLOTS,
} from 'src/safety/classifier/training/corpus-families';

// Expands the hand-written families into the labelled corpus: each template is filled from
// its slots and written again the way people type in a hurry (lower case, no apostrophes,
// a typo, chat shorthand, a filler word). Pure and seeded, so the committed corpus file is
// exactly what this produces.

export type CorpusSplit = 'train' | 'heldout';

export interface CorpusItem {
  family: string;
  split: CorpusSplit;
  label: CorpusLabel;
  text: string;
}

export const CORPUS_SEED = 20251204;

/** Mulberry32: a small seeded generator, so every run expands the corpus the same way. */
export const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** FNV-1a: a stable 32-bit number for a family id. */
export const hashString = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
};

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

export const isPositiveLabel = (label: string): boolean =>
  (POSITIVE_LABELS as readonly string[]).includes(label);
export const isHardNegativeLabel = (label: string): boolean =>
  (HARD_NEGATIVE_LABELS as readonly string[]).includes(label);

const SLANG: readonly [RegExp, string][] = [
  [/\bgoing to\b/gi, 'gonna'],
  [/\bwant to\b/gi, 'wanna'],
  [/\bI am\b/g, 'im'],
  [/\bI'm\b/g, 'im'],
  [/\byou\b/gi, 'u'],
  [/\bbecause\b/gi, 'cuz'],
  [/\breally\b/gi, 'rly'],
  [/\bright now\b/gi, 'rn'],
  [/\bdon't\b/gi, 'dont'],
  [/\bpeople\b/gi, 'ppl'],
  [/\btonight\b/gi, 'tonite'],
  [/\babout\b/gi, 'abt'],
  [/\bthough\b/gi, 'tho'],
  [/\bsomething\b/gi, 'smth'],
];

const PREFIXES = [
  'honestly ',
  'ngl ',
  'idk ',
  'ok so ',
  'hey, ',
  'sorry, ',
  'i guess ',
  'so yeah ',
  'um ',
  'tbh ',
];
const SUFFIXES = [' tbh', ' lol', ' idk', '...', ' i guess', ' ok', ' anyway', ' :/'];

const typo = (random: () => number, text: string): string => {
  const words = text.split(' ');
  const candidates = words
    .map((word, index) => ({ word, index }))
    .filter(({ word }) => /^[a-z]{4,}$/i.test(word));
  if (candidates.length === 0) {
    return text;
  }
  const { word, index } = pick(random, candidates);
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 3);
  const changed =
    kind === 0
      ? `${word.slice(0, at)}${word[at + 1] ?? ''}${word[at]}${word.slice(at + 2)}`
      : kind === 1
        ? `${word.slice(0, at)}${word.slice(at + 1)}`
        : `${word.slice(0, at)}${word[at]}${word.slice(at)}`;
  words[index] = changed;
  return words.join(' ');
};

type Transform = (random: () => number, text: string) => string;

const TRANSFORMS: readonly Transform[] = [
  (_random, text) => text.toLowerCase(),
  (_random, text) => text.replace(/['"]/g, ''),
  (_random, text) => text.replace(/[.,!?;:]/g, ''),
  typo,
  (_random, text) =>
    SLANG.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text),
  (random, text) => `${pick(random, PREFIXES)}${text.charAt(0).toLowerCase()}${text.slice(1)}`,
  (random, text) => `${text.replace(/[.!?]$/, '')}${pick(random, SUFFIXES)}`,
  (_random, text) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`,
];

/** Two or three of the transforms, in their list order. */
const roughen = (random: () => number, text: string): string => {
  const count = 2 + Math.floor(random() * 2);
  const chosen = new Set<number>();
  while (chosen.size < count) {
    chosen.add(Math.floor(random() * TRANSFORMS.length));
  }
  return [...chosen].sort((a, b) => a - b).reduce((result, index) => TRANSFORMS[index](random, result), text);
};

const SLOT = /\{(\w+)\}/g;

const fill = (random: () => number, family: CorpusFamily, template: string): string =>
  template.replace(SLOT, (_match, name: string) => {
    const values = family.slots?.[name] ?? SHARED_SLOTS[name];
    if (!values) {
      throw new Error(`corpus family ${family.id}: unknown slot {${name}}`);
    }
    return pick(random, values);
  });

const key = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Every message of one family: each template filled up to three ways, each also roughened. */
export const expandFamily = (family: CorpusFamily, random: () => number): string[] => {
  const seen = new Set<string>();
  const texts: string[] = [];
  const add = (text: string): void => {
    const normal = key(text);
    if (normal && !seen.has(normal)) {
      seen.add(normal);
      texts.push(text);
    }
  };
  for (const template of family.templates) {
    const fills = SLOT.test(template) ? 3 : 1;
    SLOT.lastIndex = 0;
    for (let index = 0; index < fills; index += 1) {
      const text = fill(random, family, template);
      add(text);
      add(roughen(random, text));
      if (fills === 1) {
        add(roughen(random, text));
      }
    }
  }
  return texts;
};

/**
 * Which third a key falls in: fixed by its FNV-1a hash, so nobody picks what is held out and
 * adding data never moves an existing item to the other side.
 */
export const splitOf = (key: string): CorpusSplit => (hashString(key) % 3 === 0 ? 'heldout' : 'train');

/**
 * Families go whole to one split (by the hash of the family id), so the held-out third shares
 * no template with training.
 */
export const buildCorpus = (
  families: readonly CorpusFamily[] = CORPUS_FAMILIES,
  seed = CORPUS_SEED,
): CorpusItem[] => {
  // Each family draws from its own seeded stream, so adding a family leaves the others as they were.
  const expanded = families.map((family) => ({
    family,
    texts: expandFamily(family, seededRandom(seed ^ hashString(family.id))),
  }));
  return expanded.flatMap(({ family, texts }) =>
    texts.map((text) => ({
      family: family.id,
      split: splitOf(family.id),
      label: family.label,
      text,
    })),
  );
};
