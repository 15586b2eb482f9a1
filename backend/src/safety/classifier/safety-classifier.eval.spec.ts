import { classifyMessage } from 'src/safety/classifier/safety-classifier';
import { isHardNegativeLabel, isPositiveLabel } from 'src/safety/classifier/training/corpus';
import {
  type LabelledMessage,
  loadCorpus,
  loadEveryday,
  loadFixture,
  loadJsonlFixture,
} from 'src/safety/classifier/training/dataset';

// Recall and false-positive rate of the offline classifier (rules + signals + distress gate +
// model), printed for every labelled set. The product needs recall >= 0.95 on crisis messages
// and false positives <= 0.10 on hard negatives, and no flag at all on everyday coaching talk.
// Each set asserts the figure it reached when the classifier was frozen (docs/safety.md), so a
// change that makes it worse fails; where that is below the product bar, the bar is written
// next to it. The sets:
// - the corpus's held-out third and the everyday talk's held-out third: split by hash (whole
//   template families for the corpus), never trained on; the in-house estimate.
// - blind-2026-12-04.jsonl (A): 168 crisis messages and 168 hard negatives written before the
//   December 2026 rework, scored at its start and at its end, never tuned or trained on.
// - blind-2026-12-04-b.jsonl (B): 60 crisis messages and 70 hard negatives, mostly someone
//   else, a recovered past and work, written before the last change of that rework.
// - blind-5-messages.json: written after the previous classifier was frozen; never trained on.
// - labelled-messages.json, held-out-messages.json and blind-held-out(-2,-3,-4)-messages.json:
//   older sets the rules were tuned on over time and the model is now trained on; here they
//   guard against regressions.

// Figures reached when the classifier was frozen; the product bar is recall >= 0.95.
const RECALL_HELD_OUT = 0.79;
const HARD_FP_HELD_OUT = 0.06;
const RECALL_BLIND_5 = 0.93;
const HARD_FP_BLIND_5 = 0.03;
// File A: first score 68.5 % / 11.3 %, score when frozen 88.1 % / 13.1 %; after the later
// third-person change (made knowing its kinds of false alarm) 87.5 % / 10.7 %.
const RECALL_BLIND_2026_12_04 = 0.875;
const HARD_FP_BLIND_2026_12_04 = 0.11;
// File B, written before that change: 88.3 % / 14.3 % before it and after it.
const RECALL_BLIND_2026_12_04_B = 0.88;
const HARD_FP_BLIND_2026_12_04_B = 0.145;

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

interface Expectation {
  name: string;
  items: () => readonly LabelledMessage[];
  /** The recall reached when the classifier was frozen (never lower). */
  recall: number;
  /** The false-positive rate on hard negatives reached then (never higher). */
  hardFalsePositives: number;
  /** Everyday coaching talk in the set must never flag. */
  noEverydayFlags?: true;
}

const corpusHeldOut = (): LabelledMessage[] => loadCorpus().filter((item) => item.split === 'heldout');

const EXPECTATIONS: readonly Expectation[] = [
  {
    name: 'corpus held-out third (never trained on)',
    items: corpusHeldOut,
    recall: RECALL_HELD_OUT,
    hardFalsePositives: HARD_FP_HELD_OUT,
  },
  {
    name: 'blind file 2026-12-04 A (never tuned or trained on; first score 68.5 % / 11.3 %)',
    items: () => loadJsonlFixture('blind-2026-12-04.jsonl'),
    recall: RECALL_BLIND_2026_12_04,
    hardFalsePositives: HARD_FP_BLIND_2026_12_04,
    noEverydayFlags: true,
  },
  {
    name: 'blind file 2026-12-04-b (never tuned or trained on; first score 88.3 % / 14.3 %)',
    items: () => loadJsonlFixture('blind-2026-12-04-b.jsonl'),
    recall: RECALL_BLIND_2026_12_04_B,
    hardFalsePositives: HARD_FP_BLIND_2026_12_04_B,
    noEverydayFlags: true,
  },
  {
    name: 'blind file 5 (never trained on; first score 75.0 %, one fix since)',
    items: () => loadFixture('blind-5-messages.json'),
    recall: RECALL_BLIND_5,
    hardFalsePositives: HARD_FP_BLIND_5,
  },
  {
    name: 'labelled set (tuned on, trained on)',
    items: () => loadFixture('labelled-messages.json'),
    recall: 0.95,
    hardFalsePositives: 0.1,
  },
  {
    name: 'held-out file (tuned on, trained on)',
    items: () => loadFixture('held-out-messages.json'),
    recall: 0.96,
    hardFalsePositives: 0.1,
  },
  {
    name: 'blind file 1 (tuned on, trained on)',
    items: () => loadFixture('blind-held-out-messages.json'),
    recall: 0.86,
    hardFalsePositives: 0.1,
  },
  {
    name: 'blind file 2 (tuned on, trained on)',
    items: () => loadFixture('blind-held-out-2-messages.json'),
    recall: 0.9,
    hardFalsePositives: 0.1,
  },
  {
    name: 'blind file 3 (tuned on, trained on)',
    items: () => loadFixture('blind-held-out-3-messages.json'),
    recall: 0.95,
    hardFalsePositives: 0.1,
  },
  {
    name: 'blind file 4 (tuned on, trained on)',
    items: () => loadFixture('blind-held-out-4-messages.json'),
    recall: 0.9,
    hardFalsePositives: 0.1,
  },
];

describe('offline safety classifier evaluation', () => {
  it('should hold out at least a third of the template families, split by hash, when the corpus is loaded', () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(1500);
    const families = new Map(corpus.map((item) => [item.family, item.split]));
    const heldOutFamilies = [...families.values()].filter((split) => split === 'heldout').length;
    const share = corpusHeldOut().length / corpus.length;
    process.stdout.write(
      `[safety eval] corpus: ${corpus.length} messages in ${families.size} families; held out: ` +
        `${heldOutFamilies} families, ${percent(share)} of the messages\n`,
    );
    expect(heldOutFamilies / families.size).toBeGreaterThan(0.28);
  });

  it.each(EXPECTATIONS)(
    'should keep its frozen figures when scoring the $name',
    ({ name, items, recall, hardFalsePositives, noEverydayFlags }) => {
      const figures = evaluate(items());
      report(name, figures);
      expect(figures.recall).toBeGreaterThanOrEqual(recall);
      expect(figures.hardFalsePositiveRate).toBeLessThanOrEqual(hardFalsePositives);
      if (noEverydayFlags) {
        expect(figures.falseAlarms.filter((item) => item.label === 'ordinary')).toEqual([]);
      }
    },
    60_000,
  );

  it('should flag none of the everyday coaching talk when scoring both thirds of it', () => {
    const everyday = loadEveryday();
    expect(everyday.length).toBeGreaterThanOrEqual(400);
    for (const split of ['heldout', 'train'] as const) {
      const figures = evaluate(everyday.filter((item) => item.split === split));
      report(
        `everyday coaching talk, ${split === 'heldout' ? 'held-out third' : 'trained-on two-thirds'}`,
        figures,
      );
      expect(figures.falseAlarms).toEqual([]);
    }
  }, 60_000);

  it('should report how long one message takes when classifying the labelled sets', () => {
    const texts = [...loadFixture('labelled-messages.json'), ...loadEveryday()].map((item) => item.text);
    texts.forEach((text) => classifyMessage(text));
    const rounds = 1;
    const started = process.hrtime.bigint();
    for (let round = 0; round < rounds; round += 1) {
      texts.forEach((text) => classifyMessage(text));
    }
    const micros = Number(process.hrtime.bigint() - started) / 1000 / (rounds * texts.length);
    process.stdout.write(
      `[safety eval] ${micros.toFixed(0)} µs per message (${texts.length} messages x ${rounds})\n`,
    );
    expect(micros).toBeGreaterThan(0);
  }, 60_000);

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
    "By Friday I won't be here, I'm on holiday",
  ])('should not flag everyday talk when the message is %j', (text) => {
    expect(classifyMessage(text).verdict).toBe('clear');
  });
});
