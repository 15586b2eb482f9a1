import { featureScale, sigmoid, type SafetyModelWeights } from 'src/safety/classifier/model';
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
}

export const TRAINING_OPTIONS: TrainingOptions = {
  epochs: 10,
  learningRate: 0.5,
  l2: 1e-4,
  seed: 7,
  prune: 0.002,
  decimals: 4,
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
      const error =
        (sigmoid(sum) - (example.positive ? 1 : 0)) * classWeight(example.positive) * (example.weight ?? 1);
      for (const feature of example.features) {
        const current = weights.get(feature) ?? 0;
        const gradient = error * scale + options.l2 * current;
        const accumulated = (squared.get(feature) ?? 0) + gradient * gradient;
        squared.set(feature, accumulated);
        weights.set(feature, current - (options.learningRate * gradient) / Math.sqrt(accumulated + 1e-8));
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
  };
};
