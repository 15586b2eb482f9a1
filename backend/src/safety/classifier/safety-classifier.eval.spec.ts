import { classifyMessage } from 'src/safety/classifier/safety-classifier';
import { isHardNegativeLabel, isPositiveLabel } from 'src/safety/classifier/training/corpus';
import { type LabelledMessage, loadCorpus, loadFixture } from 'src/safety/classifier/training/dataset';

// Recall and false-positive rate of the offline classifier (rules + signals + model), printed
// for every labelled set and asserted against the bars the product needs: recall >= 0.95 on
// crisis messages, false positives <= 0.10 on hard negatives. The sets:
// - labelled-messages.json: the first labelled set; the rules were tuned on it and the model
//   trains on it.
// - the corpus's held-out third: whole template families never trained on (split by family,
//   so no template is shared with training).
// - held-out-messages.json: written before the first rules, never trained on.
// - blind-held-out(-2,-3,-4)-messages.json: written by hand, each in its own style, each before
//   the changes that followed its first score, never trained on. Each was scored once as an
//   honest estimate of unseen messages and then shaped what was fixed, so only those first
//   scores (docs/safety.md) estimate unseen messages; here they guard against regressions.

interface Figures {
  positives: number;
  negatives: number;
  hardNegatives: number;
  recall: number;
  falsePositiveRate: number;
  hardFalsePositiveRate: number;
  misses: LabelledMessage[];
  falseAlarms: LabelledMessage[];
  byLabel: Record<string, { total: number; flagged: number }>;
}

export const evaluate = (items: readonly LabelledMessage[]): Figures => {
  const misses: LabelledMessage[] = [];
  const falseAlarms: LabelledMessage[] = [];
  const byLabel: Figures['byLabel'] = {};
  let positives = 0;
  let negatives = 0;
  let hardNegatives = 0;
  let hardFalseAlarms = 0;
  for (const item of items) {
    const flagged = classifyMessage(item.text).verdict === 'flag';
    const entry = (byLabel[item.label] ??= { total: 0, flagged: 0 });
    entry.total += 1;
    entry.flagged += flagged ? 1 : 0;
    if (isPositiveLabel(item.label)) {
      positives += 1;
      if (!flagged) {
        misses.push(item);
      }
      continue;
    }
    negatives += 1;
    if (flagged) {
      falseAlarms.push(item);
    }
    // Labels outside the corpus vocabulary ("negative_other" in the first set) count as hard.
    if (
      item.label !== 'ordinary' &&
      (isHardNegativeLabel(item.label) || item.label.startsWith('negative_'))
    ) {
      hardNegatives += 1;
      hardFalseAlarms += flagged ? 1 : 0;
    }
  }
  return {
    positives,
    negatives,
    hardNegatives,
    recall: (positives - misses.length) / positives,
    falsePositiveRate: falseAlarms.length / negatives,
    hardFalsePositiveRate: hardNegatives > 0 ? hardFalseAlarms / hardNegatives : 0,
    misses,
    falseAlarms,
    byLabel,
  };
};

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

const report = (name: string, figures: Figures): void => {
  const hardAlarms = Math.round(figures.hardFalsePositiveRate * figures.hardNegatives);
  const lines = [
    `[safety eval] ${name}: recall ${percent(figures.recall)} (${figures.positives - figures.misses.length}/${figures.positives}), ` +
      `false positives ${percent(figures.falsePositiveRate)} (${figures.falseAlarms.length}/${figures.negatives}), ` +
      `on hard negatives ${percent(figures.hardFalsePositiveRate)} (${hardAlarms}/${figures.hardNegatives})`,
    ...Object.entries(figures.byLabel).map(
      ([label, { total, flagged }]) => `  ${label.padEnd(24)} flagged ${flagged}/${total}`,
    ),
    ...figures.misses.map((item) => `  missed      [${item.label}] ${item.text}`),
    ...figures.falseAlarms.map((item) => `  false alarm [${item.label}] ${item.text}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
};

describe('offline safety classifier evaluation', () => {
  it('should reach recall >= 0.95 and a false-positive rate <= 0.10 when scoring the labelled set', () => {
    const items = loadFixture('labelled-messages.json');
    expect(items.length).toBeGreaterThanOrEqual(220);
    const figures = evaluate(items);
    report('labelled set (tuned on, trained on)', figures);
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
    expect(figures.falsePositiveRate).toBeLessThanOrEqual(0.1);
  });

  it('should reach recall >= 0.95 and false positives <= 0.10 when scoring the corpus held-out third', () => {
    const corpus = loadCorpus();
    const heldOut = corpus.filter((item) => item.split === 'heldout');
    expect(corpus.length).toBeGreaterThanOrEqual(1500);
    expect(heldOut.length / corpus.length).toBeGreaterThanOrEqual(0.3);
    const figures = evaluate(heldOut);
    report(`corpus held-out third (${heldOut.length} of ${corpus.length}, never trained on)`, figures);
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
    expect(figures.hardFalsePositiveRate).toBeLessThanOrEqual(0.1);
    expect(figures.falsePositiveRate).toBeLessThanOrEqual(0.1);
  });

  it('should reach recall >= 0.95 and false positives <= 0.10 when scoring the first held-out file', () => {
    const figures = evaluate(loadFixture('held-out-messages.json'));
    report('held-out file (never tuned on)', figures);
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
    expect(figures.falsePositiveRate).toBeLessThanOrEqual(0.1);
  });

  it('should reach recall >= 0.95 and false positives <= 0.10 when scoring the blind held-out file', () => {
    const items = loadFixture('blind-held-out-messages.json');
    const figures = evaluate(items);
    report('blind file 1 (never trained on; fixed after its first score)', figures);
    expect(figures.positives).toBeGreaterThanOrEqual(60);
    expect(figures.hardNegatives).toBeGreaterThanOrEqual(50);
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
    expect(figures.hardFalsePositiveRate).toBeLessThanOrEqual(0.1);
  });

  it('should reach recall >= 0.95 and false positives <= 0.10 when scoring the second blind file', () => {
    const figures = evaluate(loadFixture('blind-held-out-2-messages.json'));
    report('blind file 2 (never trained on; fixed after its first score)', figures);
    expect(figures.positives).toBeGreaterThanOrEqual(60);
    expect(figures.hardNegatives).toBeGreaterThanOrEqual(50);
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
    expect(figures.hardFalsePositiveRate).toBeLessThanOrEqual(0.1);
  });

  it('should reach recall >= 0.95 and false positives <= 0.10 when scoring the third blind file', () => {
    const figures = evaluate(loadFixture('blind-held-out-3-messages.json'));
    report('blind file 3 (never trained on; fixed after its first score)', figures);
    expect(figures.positives).toBeGreaterThanOrEqual(60);
    expect(figures.hardNegatives).toBeGreaterThanOrEqual(50);
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
    expect(figures.hardFalsePositiveRate).toBeLessThanOrEqual(0.1);
  });

  it('should reach recall >= 0.95 and false positives <= 0.10 when scoring the fourth blind file', () => {
    const figures = evaluate(loadFixture('blind-held-out-4-messages.json'));
    report('blind file 4 (never trained on; fixed after its first score)', figures);
    expect(figures.positives).toBeGreaterThanOrEqual(60);
    expect(figures.hardNegatives).toBeGreaterThanOrEqual(50);
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
    expect(figures.hardFalsePositiveRate).toBeLessThanOrEqual(0.1);
  });
});
