import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSafetyModel } from 'src/safety/classifier/model';
import { normalizeText } from 'src/safety/classifier/normalize';
import { CLASSIFIER_VERSION, classifyWithSignals } from 'src/safety/classifier/safety-classifier';
import {
  buildCorpus,
  hashString,
  isHardNegativeLabel,
  isPositiveLabel,
} from 'src/safety/classifier/training/corpus';
import { loadEveryday, loadTrainedFixtures, toExample } from 'src/safety/classifier/training/dataset';
import {
  emptyScore,
  loadLabelledFile,
  percent,
  ratio,
  scoreLine,
  scoreMessages,
} from 'src/safety/classifier/training/evaluate';
import { trainLogisticRegression } from 'src/safety/classifier/training/train';

// Two uses, run from backend/ (npm run safety:validate -w backend -- ...):
//
// - With files or folders: scores the shipped classifier on every .json/.jsonl labelled file
//   given (a folder means every such file in it). Labels may be crisis / hard_negative /
//   everyday, or the corpus labels (explicit_intent, indirect_intent, self_harm, negative_*,
//   ordinary). Prints recall on crisis, false positives on hard negatives and on everyday talk,
//   per file and in total, and whether the product bar (recall >= 95 %, hard FP <= 10 %) is
//   met. VERBOSE=1 also lists the misses and false alarms.
// - With no argument: two-fold validation inside the training side only (the training families
//   and training everyday talk split in two by a second hash, plus every labelled file).

const BAR_RECALL = 0.95;
const BAR_HARD_FP = 0.1;

const filesOf = (path: string): string[] => {
  const full = resolve(path);
  if (statSync(full).isDirectory()) {
    return readdirSync(full)
      .filter((name) => name.endsWith('.json') || name.endsWith('.jsonl'))
      .sort()
      .map((name) => join(full, name));
  }
  return [full];
};

const scoreFiles = (paths: readonly string[]): void => {
  const verbose = process.env.VERBOSE === '1';
  const total = emptyScore();
  process.stdout.write(`classifier ${CLASSIFIER_VERSION}\n`);
  for (const file of paths.flatMap(filesOf)) {
    const items = loadLabelledFile(file);
    const score = scoreMessages(items);
    scoreMessages(items, undefined, total);
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
  const met =
    ratio(total.caught, total.crisis) >= BAR_RECALL && !(ratio(total.hardFlagged, total.hard) > BAR_HARD_FP);
  process.stdout.write(
    `${scoreLine('TOTAL', total)}\nbar (recall >= 95 %, hard-negative FP <= 10 %): ${met ? 'met' : 'NOT met'}\n`,
  );
};

const twoFold = (): void => {
  const corpus = buildCorpus().filter((item) => item.split === 'train');
  const everyday = loadEveryday().filter((item) => item.split === 'train');
  const trained = loadTrainedFixtures();
  const foldOf = (key: string): number => hashString(`cv:${key}`) % 2;
  const totals = { positives: 0, caught: 0, hard: 0, hardFlagged: 0, ordinary: 0, ordinaryFlagged: 0 };
  for (const fold of [0, 1]) {
    const model = loadSafetyModel(
      trainLogisticRegression(
        [
          ...corpus.filter((item) => foldOf(item.family) !== fold),
          ...everyday.filter((item) => foldOf(item.text) !== fold),
          ...trained,
        ].map(toExample),
        `validation-${fold}`,
      ),
    );
    const scored = [
      ...corpus.filter((item) => foldOf(item.family) === fold),
      ...everyday.filter((item) => foldOf(item.text) === fold),
    ];
    for (const item of scored) {
      const flagged = classifyWithSignals(normalizeText(item.text), model).verdict === 'flag' ? 1 : 0;
      if (isPositiveLabel(item.label)) {
        totals.positives += 1;
        totals.caught += flagged;
      } else if (isHardNegativeLabel(item.label)) {
        totals.hard += 1;
        totals.hardFlagged += flagged;
      } else {
        totals.ordinary += 1;
        totals.ordinaryFlagged += flagged;
      }
    }
  }
  process.stdout.write(
    `two-fold validation on the training side: recall ${percent(totals.caught, totals.positives)} ` +
      `(${totals.caught}/${totals.positives}), hard negatives flagged ${percent(totals.hardFlagged, totals.hard)} ` +
      `(${totals.hardFlagged}/${totals.hard}), everyday flagged ${totals.ordinaryFlagged}/${totals.ordinary}\n`,
  );
};

const paths = process.argv.slice(2);
if (paths.length > 0) {
  scoreFiles(paths);
} else {
  twoFold();
}
