import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyMessage } from 'src/safety/classifier/safety-classifier';

// Recall and false-positive rate of the offline classifier on our labelled messages, plus the
// same figures on a held-out file written before any tuning, and ordinary coaching talk that
// must never flag.

interface LabelledItem {
  label: string;
  text: string;
}

const POSITIVE_LABELS = new Set(['explicit_intent', 'indirect_intent', 'self_harm']);

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'safety');

const load = (file: string): LabelledItem[] =>
  (JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { items: LabelledItem[] }).items;

interface Figures {
  positives: number;
  negatives: number;
  recall: number;
  falsePositiveRate: number;
  misses: LabelledItem[];
  falseAlarms: LabelledItem[];
  byLabel: Record<string, { total: number; flagged: number }>;
}

export const evaluate = (items: LabelledItem[]): Figures => {
  const misses: LabelledItem[] = [];
  const falseAlarms: LabelledItem[] = [];
  const byLabel: Figures['byLabel'] = {};
  let positives = 0;
  let negatives = 0;
  for (const item of items) {
    const flagged = classifyMessage(item.text).verdict === 'flag';
    const entry = (byLabel[item.label] ??= { total: 0, flagged: 0 });
    entry.total += 1;
    entry.flagged += flagged ? 1 : 0;
    if (POSITIVE_LABELS.has(item.label)) {
      positives += 1;
      if (!flagged) {
        misses.push(item);
      }
    } else {
      negatives += 1;
      if (flagged) {
        falseAlarms.push(item);
      }
    }
  }
  return {
    positives,
    negatives,
    recall: (positives - misses.length) / positives,
    falsePositiveRate: falseAlarms.length / negatives,
    misses,
    falseAlarms,
    byLabel,
  };
};

const report = (name: string, figures: Figures): void => {
  const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
  const lines = [
    `[safety eval] ${name}: recall ${percent(figures.recall)} (${figures.positives - figures.misses.length}/${figures.positives} intent items), ` +
      `false-positive rate ${percent(figures.falsePositiveRate)} (${figures.falseAlarms.length}/${figures.negatives} negatives + ordinary talk)`,
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
    const items = load('labelled-messages.json');
    expect(items.length).toBeGreaterThanOrEqual(220);
    const figures = evaluate(items);
    report('labelled set', figures);
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
    expect(figures.falsePositiveRate).toBeLessThanOrEqual(0.1);
  });

  it('should reach recall >= 0.95 and a false-positive rate <= 0.10 when scoring the held-out set', () => {
    const items = load('held-out-messages.json');
    const figures = evaluate(items);
    report('held-out set', figures);
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
    expect(figures.falsePositiveRate).toBeLessThanOrEqual(0.1);
  });

  // A coaching client talks all day about plans, dates, places, things they own and goodbyes;
  // none of that alone is a crisis, and a false flag puts their coaching on hold.
  it.each([
    'I have a car.',
    'I have a dog.',
    'I have a plan for my career.',
    'My plan is to run a marathon by June',
    'I bought a rope for climbing',
    'I am going to the bridge club tonight',
    'I gave my old bike to my nephew',
    'Bye, see you tomorrow!',
    'I am done with this phase, let us move on',
  ])('should not flag everyday talk when the message is %j', (text) => {
    expect(classifyMessage(text).verdict).toBe('clear');
  });
});
