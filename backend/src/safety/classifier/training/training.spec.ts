import { readFileSync } from 'node:fs';
import { loadSafetyModel, type SafetyModelWeights } from 'src/safety/classifier/model';
import { buildCorpus, expandFamily, seededRandom } from 'src/safety/classifier/training/corpus';
import { CORPUS_FAMILIES } from 'src/safety/classifier/training/corpus-families';
import {
  corpusFile,
  loadCorpus,
  loadTrainedFixtures,
  trainShippedModel,
  WEIGHTS_FILE,
} from 'src/safety/classifier/training/dataset';
import { trainLogisticRegression } from 'src/safety/classifier/training/train';

const committedWeights = (): SafetyModelWeights =>
  JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')) as SafetyModelWeights;

describe('safety classifier training', () => {
  it('should match the committed corpus file when the families are expanded again', () => {
    expect(corpusFile().items).toEqual(loadCorpus());
  });

  it('should keep every template family whole in one split when building the corpus', () => {
    const corpus = loadCorpus();
    const splits = new Map<string, Set<string>>();
    for (const item of corpus) {
      splits.set(item.family, (splits.get(item.family) ?? new Set()).add(item.split));
    }
    expect([...splits.values()].every((set) => set.size === 1)).toBe(true);
    const heldOutTexts = new Set(corpus.filter((item) => item.split === 'heldout').map((item) => item.text));
    expect(corpus.filter((item) => item.split === 'train').some((item) => heldOutTexts.has(item.text))).toBe(
      false,
    );
    // Roughly balanced: neither class is more than 60 % of the corpus.
    const positives = corpus.filter((item) =>
      ['explicit_intent', 'indirect_intent', 'self_harm'].includes(item.label),
    );
    expect(positives.length / corpus.length).toBeGreaterThan(0.4);
    expect(positives.length / corpus.length).toBeLessThan(0.6);
  });

  it('should write typed variants of a template when it expands a family', () => {
    const family = CORPUS_FAMILIES.find((item) => item.id === 'want-to-die-plain');
    expect(family).toBeDefined();
    const texts = expandFamily(family!, seededRandom(1));
    expect(texts).toContain('I want to die');
    expect(texts.length).toBeGreaterThan(family!.templates.length);
    expect(buildCorpus(CORPUS_FAMILIES, 1)).not.toEqual(buildCorpus(CORPUS_FAMILIES, 2));
  });

  it('should reproduce the committed weights exactly when trained again on the committed data', () => {
    const weights = trainShippedModel(loadCorpus(), loadTrainedFixtures());
    expect(weights).toEqual(committedWeights());
    // The weights grow with the labelled data (about 5,000 features per blind file trained on);
    // the cap keeps the file, and the first classification that loads it, light (3.2 MB on
    // 5 December 2026, after the three authored sets of that day).
    const bytes = readFileSync(WEIGHTS_FILE).length;
    expect(bytes).toBeLessThan(4 * 1024 * 1024);
  }, 120_000);

  it('should separate the classes when trained on a tiny linearly separable set', () => {
    const weights = trainLogisticRegression(
      [
        { features: ['w:die', 'w:want'], positive: true },
        { features: ['w:die', 'w:tonight'], positive: true },
        { features: ['w:coffee', 'w:want'], positive: false },
        { features: ['w:coffee', 'w:tonight'], positive: false },
      ],
      'tiny',
    );
    const model = loadSafetyModel(weights);
    expect(model.probability(['w:die', 'w:want'])).toBeGreaterThan(0.8);
    expect(model.probability(['w:coffee', 'w:want'])).toBeLessThan(0.2);
  });
});
