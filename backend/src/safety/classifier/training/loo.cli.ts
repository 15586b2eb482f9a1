import { join } from 'node:path';
import { loadSafetyModel } from 'src/safety/classifier/model';
import { buildCorpus } from 'src/safety/classifier/training/corpus';
import {
  ALL_FIXTURES,
  loadEveryday,
  loadExtraTraining,
  SAFETY_FIXTURES,
  toExample,
} from 'src/safety/classifier/training/dataset';
import { loadLabelledFile, ratio, scoreLine, scoreMessages } from 'src/safety/classifier/training/evaluate';
import { type TrainingExample, trainLogisticRegression } from 'src/safety/classifier/training/train';

// Leave-one-file-out: every hand-written labelled file has been seen (the rules were tuned on
// most of them), so the honest question is how the classifier does on a file whose authors and
// phrasings the model did not learn from. For each file: train on the corpus's training side,
// the everyday talk's training side, our own extra training sets and every OTHER file, then
// score the whole classifier on the file left out. The rules still know the file, so these
// figures are an upper bound for the model-free part; the spread between files is the point.
// Run from backend/:  npm run safety:loo   (VERBOSE=1 lists the misses and false alarms)

const verbose = process.env.VERBOSE === '1';
const files = ALL_FIXTURES.map((file) => ({ file, items: loadLabelledFile(join(SAFETY_FIXTURES, file)) }));
const cache = new Map<string, TrainingExample>();
const example = (item: { label: string; text: string }): TrainingExample => {
  const key = `${item.label}\u0000${item.text}`;
  let found = cache.get(key);
  if (!found) {
    found = toExample(item);
    cache.set(key, found);
  }
  return found;
};
const base = [
  ...buildCorpus().filter((item) => item.split === 'train'),
  ...loadEveryday().filter((item) => item.split === 'train'),
  ...loadExtraTraining(),
].map(example);

// DEV=<file,...> (relative to the fixtures folder) also scores files that are never trained on
// (a seen blind file kept as a development set), with the model trained on every fold file.
const dev = (process.env.DEV ?? '')
  .split(',')
  .filter(Boolean)
  .map((file) => ({ file, items: loadLabelledFile(join(SAFETY_FIXTURES, file)), dev: true }));
const rows: { file: string; recall: number; hard: number; everyday: number }[] = [];
const only = process.env.ONLY;
for (const { file, items, dev: isDev } of [...files.map((item) => ({ ...item, dev: false })), ...dev]) {
  if (only && !file.includes(only)) {
    continue;
  }
  const others = files.filter((other) => other.file !== file).flatMap((other) => other.items);
  const model = loadSafetyModel(trainLogisticRegression([...base, ...others.map(example)], `loo-${file}`));
  const score = scoreMessages(items, model);
  if (isDev) {
    process.stdout.write(`(dev, not a fold) ${scoreLine(file, score)}\n`);
    if (verbose) {
      for (const item of [...score.misses, ...score.falseAlarms]) {
        process.stdout.write(
          `   ${score.misses.includes(item) ? 'missed     ' : 'false alarm'} [${item.label}] ${item.text}\n`,
        );
      }
    }
    continue;
  }
  rows.push({
    file,
    recall: ratio(score.caught, score.crisis),
    hard: ratio(score.hardFlagged, score.hard),
    everyday: ratio(score.everydayFlagged, score.everyday),
  });
  process.stdout.write(`${scoreLine(file, score)}\n`);
  if (verbose) {
    for (const item of score.misses) {
      process.stdout.write(`   missed      [${item.label}] ${item.text}\n`);
    }
    for (const item of score.falseAlarms) {
      process.stdout.write(`   false alarm [${item.label}] ${item.text}\n`);
    }
  }
}
const mean = (values: number[]): number => {
  const known = values.filter((value) => !Number.isNaN(value));
  return known.reduce((sum, value) => sum + value, 0) / known.length;
};
const pct = (value: number): string => `${(100 * value).toFixed(1)} %`;
const recalls = rows.map((row) => row.recall);
const hards = rows.map((row) => row.hard).filter((value) => !Number.isNaN(value));
process.stdout.write(
  `leave-one-file-out over ${rows.length} files: recall mean ${pct(mean(recalls))}, worst ${pct(Math.min(...recalls))}; ` +
    `hard-negative FP mean ${pct(mean(hards))}, worst ${pct(Math.max(...hards))}; ` +
    `everyday FP mean ${pct(mean(rows.map((row) => row.everyday)))}\n`,
);
