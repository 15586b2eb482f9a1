import { loadSafetyModel } from 'src/safety/classifier/model';
import { normalizeText } from 'src/safety/classifier/normalize';
import { classifyWithSignals } from 'src/safety/classifier/safety-classifier';
import {
  buildCorpus,
  hashString,
  isHardNegativeLabel,
  isPositiveLabel,
} from 'src/safety/classifier/training/corpus';
import { loadEveryday, loadTrainedFixtures, toExample } from 'src/safety/classifier/training/dataset';
import { trainLogisticRegression } from 'src/safety/classifier/training/train';

// Two-fold validation inside the training side only: the training families (and the training
// everyday talk) are split in two by a second hash; a model is trained on one half plus the
// older tuned-on sets and the whole classifier is scored on the other half, then the other
// way round. This is how the gate thresholds were chosen without looking at the held-out third
// or a blind file. Run from backend/:
//   TS_NODE_TRANSPILE_ONLY=1 npx ts-node -r tsconfig-paths/register -P tsconfig.json \
//     src/safety/classifier/training/validate.cli.ts

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
const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;
process.stdout.write(
  `two-fold validation on the training side: recall ${percent(totals.caught, totals.positives)} ` +
    `(${totals.caught}/${totals.positives}), hard negatives flagged ${percent(totals.hardFlagged, totals.hard)} ` +
    `(${totals.hardFlagged}/${totals.hard}), everyday flagged ${totals.ordinaryFlagged}/${totals.ordinary}\n`,
);
