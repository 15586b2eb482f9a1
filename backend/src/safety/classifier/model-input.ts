import { featuresOf } from 'src/safety/classifier/model';
import type { SafetyClassification } from 'src/safety/classifier/rule-engine';
import { COMBINATIONS, type Combination, type SignalName } from 'src/safety/classifier/signals';

/** The combinations whose every group is present. */
export const satisfiedCombinations = (signals: ReadonlySet<SignalName>): Combination[] =>
  COMBINATIONS.filter((combination) =>
    combination.all.every((group) => group.some((name) => signals.has(name))),
  );

/**
 * What the model sees: the n-grams of the normalised text, each signal, each satisfied
 * combination, and which phrase families matched (and how context discounted them), so it
 * can learn how far to trust each of them.
 */
export const modelFeaturesOf = (
  normalized: string,
  rules: SafetyClassification,
  signals: ReadonlySet<SignalName>,
): string[] => {
  const cues: string[] = [...signals].map((name) => `s:${name}`);
  for (const combination of satisfiedCombinations(signals)) {
    cues.push(`k:${combination.id}`);
  }
  for (const item of rules.evidence) {
    cues.push(`r:${item.rule}`);
    for (const modifier of item.modifiers) {
      cues.push(`m:${modifier}`);
    }
    if (item.score >= 0.5) {
      cues.push(`r:strong`);
    }
  }
  return featuresOf(normalized, cues);
};
