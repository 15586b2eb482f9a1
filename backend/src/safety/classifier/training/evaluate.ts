import { readFileSync } from 'node:fs';
import { SAFETY_MODEL, type SafetyModel } from 'src/safety/classifier/model';
import { normalizeText } from 'src/safety/classifier/normalize';
import { classifyWithSignals } from 'src/safety/classifier/safety-classifier';
import { isHardNegativeLabel, isPositiveLabel } from 'src/safety/classifier/training/corpus';

// Scoring any labelled file, whatever label words its author used: the lead's blind files say
// `crisis` / `hard_negative` / `everyday`, ours say `explicit_intent`, `negative_idiom`,
// `ordinary` and so on. Used by validate.cli.ts and the leave-one-file-out run.

export type Kind = 'crisis' | 'hard' | 'everyday';

export interface ScoredMessage {
  label: string;
  text: string;
}

const CRISIS = new Set(['crisis', 'positive', 'suicidal', 'self-harm', 'self_harm', 'flag', 'true', '1']);
const HARD = new Set(['hard_negative', 'hard-negative', 'hard', 'negative', 'negative_other']);
const EVERYDAY = new Set(['everyday', 'ordinary', 'coaching', 'everyday_coaching', 'clear', 'false', '0']);

/** Which of the three the label means, or undefined for a label nobody agreed on. */
export const kindOf = (label: string): Kind | undefined => {
  const plain = label.trim().toLowerCase();
  if (isPositiveLabel(plain) || CRISIS.has(plain) || plain.startsWith('crisis')) {
    return 'crisis';
  }
  if (EVERYDAY.has(plain)) {
    return 'everyday';
  }
  if (
    isHardNegativeLabel(plain) ||
    HARD.has(plain) ||
    plain.startsWith('negative') ||
    plain.startsWith('hard')
  ) {
    return 'hard';
  }
  return undefined;
};

const asMessage = (raw: unknown): ScoredMessage => {
  const item = raw as Record<string, unknown>;
  const text = item.text ?? item.message ?? item.content;
  const label = item.label ?? item.expected ?? item.class ?? item.kind ?? item.category;
  if (typeof text !== 'string' || (typeof label !== 'string' && typeof label !== 'boolean')) {
    throw new Error(`not a labelled message: ${JSON.stringify(raw).slice(0, 120)}`);
  }
  return { text, label: String(label) };
};

/** A `.jsonl` file (one `{label, text}` a line) or a `.json` file (an array, or `{ items }`). */
export const loadLabelledFile = (path: string): ScoredMessage[] => {
  const body = readFileSync(path, 'utf8');
  if (path.endsWith('.jsonl')) {
    return body
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => asMessage(JSON.parse(line)));
  }
  const parsed = JSON.parse(body) as unknown;
  const list = Array.isArray(parsed)
    ? parsed
    : ((parsed as { items?: unknown[]; messages?: unknown[] }).items ??
      (parsed as { messages?: unknown[] }).messages);
  if (!Array.isArray(list)) {
    throw new Error(`${path}: expected an array or { items: [...] }`);
  }
  return list.map(asMessage);
};

export interface Score {
  crisis: number;
  caught: number;
  hard: number;
  hardFlagged: number;
  everyday: number;
  everydayFlagged: number;
  misses: ScoredMessage[];
  falseAlarms: ScoredMessage[];
}

export const emptyScore = (): Score => ({
  crisis: 0,
  caught: 0,
  hard: 0,
  hardFlagged: 0,
  everyday: 0,
  everydayFlagged: 0,
  misses: [],
  falseAlarms: [],
});

export const scoreMessages = (
  items: readonly ScoredMessage[],
  model: SafetyModel = SAFETY_MODEL,
  score: Score = emptyScore(),
): Score => {
  const unknown = [...new Set(items.map((item) => item.label).filter((label) => !kindOf(label)))];
  if (unknown.length > 0) {
    throw new Error(`unknown labels: ${unknown.join(', ')}`);
  }
  for (const item of items) {
    const kind = kindOf(item.label)!;
    const flagged = classifyWithSignals(normalizeText(item.text), model).verdict === 'flag';
    if (kind === 'crisis') {
      score.crisis += 1;
      score.caught += flagged ? 1 : 0;
      if (!flagged) {
        score.misses.push(item);
      }
    } else if (flagged) {
      score.falseAlarms.push(item);
    }
    if (kind === 'hard') {
      score.hard += 1;
      score.hardFlagged += flagged ? 1 : 0;
    }
    if (kind === 'everyday') {
      score.everyday += 1;
      score.everydayFlagged += flagged ? 1 : 0;
    }
  }
  return score;
};

export const ratio = (part: number, whole: number): number => (whole > 0 ? part / whole : Number.NaN);
export const percent = (part: number, whole: number): string =>
  whole > 0 ? `${((100 * part) / whole).toFixed(1)} %` : 'n/a';

export const scoreLine = (name: string, score: Score): string =>
  `${name}: recall ${percent(score.caught, score.crisis)} (${score.caught}/${score.crisis}), ` +
  `hard negatives flagged ${percent(score.hardFlagged, score.hard)} (${score.hardFlagged}/${score.hard}), ` +
  `everyday flagged ${percent(score.everydayFlagged, score.everyday)} (${score.everydayFlagged}/${score.everyday})`;
