import { join } from 'node:path';
import { loadSafetyModel, type SafetyModel } from 'src/safety/classifier/model';
import { normalizeText } from 'src/safety/classifier/normalize';
import { type ClassifierTuning, classifyWithSignals, TUNING } from 'src/safety/classifier/safety-classifier';
import { FLAG_THRESHOLD } from 'src/safety/classifier/rules';
import { buildCorpus } from 'src/safety/classifier/training/corpus';
import {
  ALL_FIXTURES,
  EVERYDAY_CHECK_FILE,
  loadEveryday,
  loadExtraTraining,
  SAFETY_FIXTURES,
  toExample,
} from 'src/safety/classifier/training/dataset';
import { kindOf, loadLabelledFile, type ScoredMessage } from 'src/safety/classifier/training/evaluate';
import { type TrainingExample, trainLogisticRegression } from 'src/safety/classifier/training/train';

// A development tool, not part of the product: trains the leave-one-file-out models once and
// scores a grid of gate settings on every held-out file, so a setting is chosen by how it does
// on files the model did not learn from. Run from backend/: npm run safety:sweep

const files = ALL_FIXTURES.map((file) => ({ file, items: loadLabelledFile(join(SAFETY_FIXTURES, file)) }));
const corpus = buildCorpus();
const everyday = loadEveryday();
const base = [
  ...corpus.filter((item) => item.split === 'train'),
  ...everyday.filter((item) => item.split === 'train'),
  ...loadExtraTraining(),
].map(toExample);
const exampleOf = new Map<ScoredMessage, TrainingExample>();
for (const { items } of files) {
  for (const item of items) {
    exampleOf.set(item, toExample(item));
  }
}

interface Fold {
  name: string;
  model: SafetyModel;
  items: { kind: string; normalized: string }[];
}
const prepare = (items: readonly ScoredMessage[]): Fold['items'] =>
  items.map((item) => ({ kind: kindOf(item.label)!, normalized: normalizeText(item.text) }));
const folds: Fold[] = files.map(({ file, items }) => ({
  name: file,
  model: loadSafetyModel(
    trainLogisticRegression(
      [
        ...base,
        ...files
          .filter((other) => other.file !== file)
          .flatMap((other) => other.items.map((item) => exampleOf.get(item)!)),
      ],
      file,
    ),
  ),
  items: prepare(items),
}));
const full = loadSafetyModel(
  trainLogisticRegression(
    [...base, ...files.flatMap(({ items }) => items.map((item) => exampleOf.get(item)!))],
    'all',
  ),
);
const extra: Fold[] = [
  {
    name: 'corpus held-out third',
    model: full,
    items: prepare(corpus.filter((item) => item.split === 'heldout')),
  },
  {
    name: 'everyday held-out third',
    model: full,
    items: prepare(everyday.filter((item) => item.split === 'heldout')),
  },
  {
    name: 'everyday check 2026-12-05 (never trained on)',
    model: full,
    items: prepare(loadLabelledFile(join(SAFETY_FIXTURES, EVERYDAY_CHECK_FILE))),
  },
];

const score = (fold: Fold, tuning: ClassifierTuning, threshold: number) => {
  let crisis = 0;
  let caught = 0;
  let hard = 0;
  let hardFlagged = 0;
  let ordinary = 0;
  let ordinaryFlagged = 0;
  for (const item of fold.items) {
    const flagged = classifyWithSignals(item.normalized, fold.model, tuning).score >= threshold ? 1 : 0;
    if (item.kind === 'crisis') {
      crisis += 1;
      caught += flagged;
    } else if (item.kind === 'hard') {
      hard += 1;
      hardFlagged += flagged;
    } else {
      ordinary += 1;
      ordinaryFlagged += flagged;
    }
  }
  return {
    recall: caught / crisis,
    hard: hard ? hardFlagged / hard : Number.NaN,
    ordinary: ordinary ? ordinaryFlagged / ordinary : Number.NaN,
  };
};

const grid = (process.env.GRID ?? '').trim();
const values = (name: keyof ClassifierTuning | 'threshold', fallback: number): number[] => {
  const found = grid.split(';').find((part) => part.startsWith(`${name}=`));
  return found
    ? found
        .slice(name.length + 1)
        .split(',')
        .map(Number)
    : [fallback];
};
const pct = (value: number): string =>
  Number.isNaN(value) ? '  n/a' : `${(100 * value).toFixed(1)}`.padStart(5);
const rows: string[] = [];
// Every combination of the values given in GRID (each other setting at its shipped value).
const names = [...(Object.keys(TUNING) as (keyof ClassifierTuning)[]), 'threshold'] as const;
const combinations = names.reduce<Record<string, number>[]>(
  (partial, name) =>
    partial.flatMap((row) =>
      values(name, name === 'threshold' ? FLAG_THRESHOLD : TUNING[name]).map((value) => ({
        ...row,
        [name]: value,
      })),
    ),
  [{}],
);
for (const combination of combinations) {
  const { threshold, ...rest } = combination;
  const tuning = rest as unknown as ClassifierTuning;
  const scored = folds.map((fold) => score(fold, tuning, threshold));
  const others = extra.map((fold) => score(fold, tuning, threshold));
  const recalls = scored.map((row) => row.recall);
  const hards = scored.map((row) => row.hard).filter((value) => !Number.isNaN(value));
  const mean = (list: number[]): number => list.reduce((sum, value) => sum + value, 0) / list.length;
  rows.push(
    `${JSON.stringify(combination)} recall mean ${pct(mean(recalls))} worst ${pct(Math.min(...recalls))} | ` +
      `hardFP mean ${pct(mean(hards))} worst ${pct(Math.max(...hards))} | ` +
      scored.map((row, index) => `${index}:${pct(row.recall)}/${pct(row.hard)}`).join(' ') +
      ` | corpus3 ${pct(others[0].recall)}/${pct(others[0].hard)}/${pct(others[0].ordinary)} everyday3 ${pct(others[1].ordinary)} ` +
      `check1205 ${pct(others[2].ordinary)} ` +
      `everydayLOO ${pct(mean(scored.map((row) => row.ordinary).filter((value) => !Number.isNaN(value))))}`,
  );
}
process.stdout.write(`${rows.join('\n')}\n`);
