import { featureScale, sigmoid, type SafetyModelWeights } from 'src/safety/classifier/model';
import {
  SENTENCE_DIMENSIONS,
  type SentenceStandardisation,
  sentenceVectorOf,
  standardise,
  wordsOfFeatures,
} from 'src/safety/classifier/sentence-vector';
import { seededRandom } from 'src/safety/classifier/training/corpus';

// L2-regularised logistic regression trained with AdaGrad, in plain TypeScript: the model is
// small (a few thousand sparse features), and writing it here keeps it deterministic — the
// same corpus and seed always give the same weights, which a test checks.

export interface TrainingExample {
  features: readonly string[];
  positive: boolean;
  /** How much this example counts (1 when absent). */
  weight?: number;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Weights smaller than this are dropped from the file (they barely move a score). */
  prune: number;
  /** Decimal places kept in the file. */
  decimals: number;
  /**
   * How much each standardised sentence-vector dimension counts against a sparse feature
   * (0: no sentence vector). Chosen by leave-one-file-out (docs/safety.md).
   */
  sentenceScale: number;
}

export const TRAINING_OPTIONS: TrainingOptions = {
  epochs: 10,
  learningRate: 0.5,
  l2: 1e-4,
  seed: 7,
  prune: 0.002,
  decimals: 4,
  sentenceScale: 0.1,
};

const round6 = (value: number): number => Number(value.toFixed(6));

/** The first principal component of the rows (power iteration from a seeded start). */
const firstComponent = (rows: readonly Float32Array[]): Float32Array => {
  const random = seededRandom(3);
  let vector = Float32Array.from({ length: SENTENCE_DIMENSIONS }, () => random() - 0.5);
  for (let iteration = 0; iteration < 30; iteration += 1) {
    const next = new Float32Array(SENTENCE_DIMENSIONS);
    for (const row of rows) {
      let dot = 0;
      for (let d = 0; d < SENTENCE_DIMENSIONS; d += 1) {
        dot += row[d] * vector[d];
      }
      for (let d = 0; d < SENTENCE_DIMENSIONS; d += 1) {
        next[d] += dot * row[d];
      }
    }
    const norm = Math.sqrt(next.reduce((sum, value) => sum + value * value, 0)) || 1;
    vector = next.map((value) => value / norm);
  }
  return vector;
};

/** The standardisation of the training set's sentence vectors (see sentence-vector.ts). */
export const fitStandardisation = (rows: readonly Float32Array[]): SentenceStandardisation => {
  const pc = Array.from(firstComponent(rows), round6);
  const zero = {
    pc,
    mean: new Array<number>(SENTENCE_DIMENSIONS).fill(0),
    std: new Array<number>(SENTENCE_DIMENSIONS).fill(1),
  };
  const projected = rows.map((row) => standardise(row, zero));
  const mean = new Array<number>(SENTENCE_DIMENSIONS).fill(0);
  for (const row of projected) {
    for (let d = 0; d < SENTENCE_DIMENSIONS; d += 1) {
      mean[d] += row[d] / projected.length;
    }
  }
  const variance = new Array<number>(SENTENCE_DIMENSIONS).fill(0);
  for (const row of projected) {
    for (let d = 0; d < SENTENCE_DIMENSIONS; d += 1) {
      variance[d] += (row[d] - mean[d]) ** 2 / projected.length;
    }
  }
  return { pc, mean: mean.map(round6), std: variance.map((value) => round6(Math.sqrt(value) || 1)) };
};

export const trainLogisticRegression = (
  examples: readonly TrainingExample[],
  version: string,
  options: TrainingOptions = TRAINING_OPTIONS,
): SafetyModelWeights => {
  const random = seededRandom(options.seed);
  const weights = new Map<string, number>();
  const squared = new Map<string, number>();
  let bias = 0;
  let biasSquared = 0;
  // Balance the classes so the bias does not just learn the corpus proportion.
  const positives = examples.filter((example) => example.positive).length;
  const negatives = examples.length - positives;
  const classWeight = (positive: boolean): number =>
    positive
      ? examples.length / (2 * Math.max(positives, 1))
      : examples.length / (2 * Math.max(negatives, 1));
  // The sentence vectors, standardised on this training set, and their weights.
  const withSentence = options.sentenceScale > 0;
  const raw = withSentence
    ? examples.map((example) => sentenceVectorOf(wordsOfFeatures(example.features)))
    : [];
  const standardisation = withSentence ? fitStandardisation(raw) : undefined;
  const vectors = standardisation ? raw.map((row) => standardise(row, standardisation)) : [];
  const dense = new Float64Array(SENTENCE_DIMENSIONS);
  const denseSquared = new Float64Array(SENTENCE_DIMENSIONS);
  const order = examples.map((_example, index) => index);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    // Fisher–Yates with the seeded generator.
    for (let index = order.length - 1; index > 0; index -= 1) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other], order[index]];
    }
    for (const at of order) {
      const example = examples[at];
      const scale = featureScale(example.features.length);
      let sum = bias;
      for (const feature of example.features) {
        sum += (weights.get(feature) ?? 0) * scale;
      }
      const vector = vectors[at];
      if (vector) {
        for (let d = 0; d < SENTENCE_DIMENSIONS; d += 1) {
          sum += dense[d] * vector[d] * options.sentenceScale;
        }
      }
      const error =
        (sigmoid(sum) - (example.positive ? 1 : 0)) * classWeight(example.positive) * (example.weight ?? 1);
      for (const feature of example.features) {
        const current = weights.get(feature) ?? 0;
        const gradient = error * scale + options.l2 * current;
        const accumulated = (squared.get(feature) ?? 0) + gradient * gradient;
        squared.set(feature, accumulated);
        weights.set(feature, current - (options.learningRate * gradient) / Math.sqrt(accumulated + 1e-8));
      }
      if (vector) {
        for (let d = 0; d < SENTENCE_DIMENSIONS; d += 1) {
          const gradient = error * vector[d] * options.sentenceScale + options.l2 * dense[d];
          denseSquared[d] += gradient * gradient;
          dense[d] -= (options.learningRate * gradient) / Math.sqrt(denseSquared[d] + 1e-8);
        }
      }
      biasSquared += error * error;
      bias -= (options.learningRate * error) / Math.sqrt(biasSquared + 1e-8);
    }
  }
  const factor = 10 ** options.decimals;
  const round = (value: number): number => Math.round(value * factor) / factor;
  const kept = [...weights.entries()]
    .map(([feature, weight]) => [feature, round(weight)] as const)
    .filter(([, weight]) => Math.abs(weight) >= options.prune)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    version,
    bias: round(bias),
    features: kept.map(([feature]) => feature),
    weights: kept.map(([, weight]) => weight),
    ...(standardisation
      ? {
          sentence: {
            ...standardisation,
            weights: Array.from(dense, (weight) => round6(weight * options.sentenceScale)),
          },
        }
      : {}),
  };
};
