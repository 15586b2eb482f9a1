import { SAFETY_MODEL, type SafetyModel } from 'src/safety/classifier/model';
import { modelFeaturesOf, satisfiedCombinations } from 'src/safety/classifier/model-input';
import { normalizeText } from 'src/safety/classifier/normalize';
import {
  classifyNormalized,
  type EvidenceModifier,
  noisyOr,
  round,
  RULES_VERSION,
  type SafetyClassification,
  type SafetyEvidence,
} from 'src/safety/classifier/rule-engine';
import {
  FLAG_THRESHOLD,
  RULE_SPECS,
  SAFETY_CATEGORIES,
  type SafetyCategory,
} from 'src/safety/classifier/rules';
import {
  DAMPENING,
  DISTRESS_SIGNALS,
  INGREDIENT_WEIGHTS,
  OVERRIDE_SOFT,
  SOFT_DAMPENING,
  detectSignals,
  evidenceRole,
  FULL_DAMPENERS,
  type SignalName,
  SOFT_DAMPENERS,
  SUPPORT_ONLY,
} from 'src/safety/classifier/signals';

export type {
  EvidenceModifier,
  SafetyClassification,
  SafetyEvidence,
  SafetyCategory,
} from 'src/safety/classifier/rule-engine';
export { classifyNormalized } from 'src/safety/classifier/rule-engine';

/**
 * How far the model's probability is moved (in log-odds) before it joins the other evidence:
 * a miss costs more than a false alarm, and the model is the net for phrasings no rule knows.
 * The distress gate below keeps that from flagging everyday talk.
 */
export const MODEL_SHIFT = 1.5;

export const CLASSIFIER_VERSION = `offline-2026.12-15 (${RULES_VERSION}, ${SAFETY_MODEL.version})`;

const MODIFIER_OF: Partial<Record<SignalName, EvidenceModifier>> = {
  past: 'past',
  professional: 'professional',
  fiction: 'fiction_or_news',
  negated: 'negated',
  hyperbole: 'hyperbole',
  laughter: 'hyperbole',
  third_person: 'third_person',
  mundane: 'everyday',
  concern: 'third_person',
};

// A clause that speaks about now keeps its explicit words at full weight even in a message
// that also mentions the past or work ("i am a nurse , and right now i want to die").
const PRESENT =
  /(?:^| )(?:right now|tonight|again|anymore|any longer|these days|lately|at the moment)(?= |$)/;

const clauseOf = (text: string, part: string): string => {
  const at = text.indexOf(part);
  if (at < 0) {
    return part;
  }
  const start = Math.max(text.lastIndexOf(' , ', at), text.lastIndexOf(' . ', at));
  const ends = [text.indexOf(' , ', at + part.length), text.indexOf(' . ', at + part.length)].filter(
    (end) => end >= 0,
  );
  return text.slice(start < 0 ? 0 : start + 3, ends.length > 0 ? Math.min(...ends) : text.length);
};

// One or two words ("die", "ok") are too little for the model to judge alone; the phrase
// families and the previous message still see them.
const MODEL_MIN_WORDS = 3;

/** Below this model probability the lone ingredient signals are not added (see below). */
const LONE_SIGNAL_VETO = 0.15;

// The distress gate (see distressGate). Chosen on the training side (two-fold validation over
// its template families and everyday talk), never on a held-out third or a blind file.
/** The numbers of the distress gate and of the model's shift, in one place so the
 * leave-one-file-out sweep (training/sweep.cli.ts) can try others; production uses `TUNING`. */
export interface ClassifierTuning {
  /** What is left of the evidence, and of an unsure model, on a message with no distress cue. */
  withoutCue: number;
  /** Without a cue, the model counts in full only from this probability. */
  modelAlone: number;
  /**
   * An ingredient with no reason given ("made it to the viaduct , it is quiet up here", "got a
   * rope today") is how indirect intent is usually written, and everyday talk names its reason
   * (a climb, a view, a refill). With no everyday reason in the message and the model at least
   * this sure, the ingredients count in full although no distress word was used...
   */
  unexplainedModel: number;
  /** ...and the model itself from this probability. */
  modelUnexplained: number;
  /** See `MODEL_SHIFT`. */
  modelShift: number;
  /**
   * From this probability the model's score counts in full on a whole message, whatever the
   * gate and the context dampeners say: the model already sees those cues as features (whose
   * words, a story, a past, work, a joke, an everyday reason), so discounting its score for
   * them again counted them twice. Chosen by leave-one-file-out (docs/safety.md).
   */
  modelTrusted: number;
  /**
   * The same for one sentence or clause judged out of its message (`classifyWithSignals`): a
   * long message whose one crisis sentence is diluted by the rest. Stricter than `modelTrusted`,
   * since the model learnt whole messages.
   */
  clauseModelTrusted: number;
}

export const TUNING: ClassifierTuning = {
  withoutCue: 0.3,
  modelAlone: 0.95,
  unexplainedModel: 0.5,
  modelUnexplained: 0.65,
  modelShift: MODEL_SHIFT,
  modelTrusted: 0.8,
  // Off: swept on 5 December 2026 (0.85–0.97), +0.3 points of leave-one-file-out recall for an
  // everyday false alarm more on the never-trained check (docs/safety.md).
  clauseModelTrusted: 2,
};

const NO_UNEXPLAINED: ClassifierTuning = {
  ...TUNING,
  unexplainedModel: 2,
  modelUnexplained: 2,
  modelAlone: 2,
};

const isDistressEvidence = (item: SafetyEvidence): boolean => evidenceRole(item.rule) !== 'ingredient';

/** The lone-signal evidence that never counts as an unexplained ingredient by itself. */
const SUPPORT_ONLY_RULES: ReadonlySet<string> = new Set(SUPPORT_ONLY.map((name) => `signal:${name}`));

interface DistressGate {
  /** What is left of each piece of evidence. */
  evidence: number;
  /** What is left of the model's score. */
  model: number;
}

/**
 * Indirect ingredients (a means, a place, a date, a plan, a goodbye) flag only with a distress
 * cue, or, with no everyday reason given, when the model leans towards crisis
 * (`UNEXPLAINED_MODEL`). Otherwise what they add up to is cut to `WITHOUT_CUE`, and the model
 * counts in full only when it is all but certain. Everyday coaching talk is full of ropes,
 * bridges, pills, plans and last days, and it says what they are for.
 */
const distressGate = (
  evidence: readonly SafetyEvidence[],
  signals: ReadonlySet<SignalName>,
  probability: number,
  tuning: ClassifierTuning,
): DistressGate => {
  const cued =
    DISTRESS_SIGNALS.some((name) => signals.has(name)) ||
    // Relief at being gone: "they would be better off" next to a burden or an ending.
    (signals.has('relief') && (signals.has('burden') || signals.has('finality'))) ||
    (signals.has('absence') && !signals.has('mundane')) ||
    evidence.some((item) => item.score > 0 && isDistressEvidence(item));
  if (cued) {
    return { evidence: 1, model: 1 };
  }
  // The unexplained path is for an ingredient with no reason given; a message with none, or
  // with only a supporting signal (a word of relief: "calm and strong", "I feel lighter"), is
  // everyday talk unless the model is all but certain.
  const unexplained = evidence.some((item) => item.score > 0 && !SUPPORT_ONLY_RULES.has(item.rule));
  if (unexplained && !signals.has('mundane') && probability >= tuning.unexplainedModel) {
    return { evidence: 1, model: probability >= tuning.modelUnexplained ? 1 : tuning.withoutCue };
  }
  return { evidence: tuning.withoutCue, model: probability >= tuning.modelAlone ? 1 : tuning.withoutCue };
};

const applyGate = (evidence: SafetyEvidence[], factor: number): SafetyEvidence[] =>
  factor === 1
    ? evidence
    : evidence.map((item) => ({
        ...item,
        score: round(item.score * factor),
        modifiers: [...new Set<EvidenceModifier>([...item.modifiers, 'unconfirmed'])],
      }));

const SELF_ANCHORED: ReadonlySet<string> = new Set(
  RULE_SPECS.filter((spec) => spec.anchor === 'self').map((spec) => spec.id),
);

const logit = (probability: number): number => {
  const clamped = Math.min(Math.max(probability, 1e-6), 1 - 1e-6);
  return Math.log(clamped / (1 - clamped));
};

const summarise = (
  evidence: SafetyEvidence[],
  model: SafetyClassification['model'],
): Pick<SafetyClassification, 'verdict' | 'score' | 'categories'> => {
  const categories = Object.fromEntries(
    SAFETY_CATEGORIES.map((category) => [
      category,
      round(noisyOr(evidence.filter((item) => item.category === category).map((item) => item.score))),
    ]),
  ) as Record<SafetyCategory, number>;
  const score = round(noisyOr([...evidence.map((item) => item.score), model?.score ?? 0]));
  return { verdict: score >= FLAG_THRESHOLD ? 'flag' : 'clear', score, categories };
};

/**
 * Every signal on one normalised text: the phrase families (explicit and indirect wording, with
 * their clause-level context), the combinations of ingredients (means + acquiring, a dangerous
 * place + being there now, finality + a date, relief-if-gone, farewells, accident cover), and
 * the model, with message-level context (past, work, fiction, denial, joke; someone else,
 * errands) discounting what it should.
 */
const classifyWhole = (
  normalized: string,
  model: SafetyModel,
  tuning: ClassifierTuning,
  clause?: { carried: readonly SignalName[] },
): SafetyClassification => {
  const inherited = clause?.carried ?? [];
  const rules = classifyNormalized(normalized);
  const signals = detectSignals(normalized);
  for (const name of inherited) {
    signals.add(name);
  }
  const full = FULL_DAMPENERS.filter((name) => signals.has(name));
  const soft = OVERRIDE_SOFT.some((name) => signals.has(name))
    ? []
    : SOFT_DAMPENERS.filter((name) => signals.has(name));
  const fullFactor = full.length > 0 ? DAMPENING : 1;
  const softFactor = soft.length > 0 ? SOFT_DAMPENING : 1;
  const fullModifiers = full.map((name) => MODIFIER_OF[name]).filter((name) => name !== undefined);

  // A joke or a denial covers the whole message, whatever tense it is in.
  const timeless = signals.has('hyperbole') || signals.has('negated');
  const onlyConcern = full.length === 1 && full[0] === 'concern';
  const softModifiers = soft.map((name) => MODIFIER_OF[name]).filter((name) => name !== undefined);
  const evidence: SafetyEvidence[] = rules.evidence.map((item) => {
    // Asking about someone else does not cover the writer's own "kill myself" or "my life".
    const ownWords = onlyConcern && SELF_ANCHORED.has(item.rule);
    const full =
      fullFactor === 1 || ownWords || (!timeless && PRESENT.test(clauseOf(normalized, item.text)))
        ? 1
        : fullFactor;
    // Goodbyes, plans and "won't be here" are everyday words on a trip or a last day at work.
    const role = evidenceRole(item.rule);
    const everyday = role === 'indirect' || role === 'ingredient' ? softFactor : 1;
    if (full === 1 && everyday === 1) {
      return item;
    }
    return {
      ...item,
      score: round(item.score * full * everyday),
      modifiers: [
        ...new Set([
          ...item.modifiers,
          ...(full < 1 ? fullModifiers : []),
          ...(everyday < 1 ? softModifiers : []),
        ]),
      ],
    };
  });
  for (const combination of satisfiedCombinations(signals)) {
    const kept = soft.filter((name) => !(combination.keepsWith ?? []).includes(name));
    const combinationSoft = kept.length > 0 ? SOFT_DAMPENING : 1;
    evidence.push({
      rule: `combination:${combination.id}`,
      category: combination.category ?? 'suicidal_intent',
      text: combination.all.map((group) => group.filter((name) => signals.has(name)).join('+')).join(' & '),
      weight: combination.weight,
      score: round(combination.weight * fullFactor * combinationSoft),
      modifiers: [
        ...fullModifiers,
        ...kept.map((name) => MODIFIER_OF[name]).filter((name) => name !== undefined),
      ],
    });
  }

  const features = modelFeaturesOf(normalized, rules, signals);
  const words = normalized.split(' ').filter((token) => token !== '.' && token !== ',').length;
  const judged = words >= MODEL_MIN_WORDS;
  const probability = judged ? model.probability(features) : 0;

  // Ingredients on their own only when the named evidence has not already decided, and not
  // when the model has read the message and all but rules it out: lone words ("goodbye",
  // "burden", "self harm") add up fast, and the model knows the sentences they sit in.
  const decided = noisyOr(evidence.map((item) => item.score)) >= FLAG_THRESHOLD;
  const vetoed = judged && probability < LONE_SIGNAL_VETO;
  for (const [name, weight] of Object.entries(INGREDIENT_WEIGHTS) as [SignalName, number][]) {
    if (!decided && !vetoed && signals.has(name)) {
      evidence.push({
        rule: `signal:${name}`,
        category: 'indirect_distress',
        text: name,
        weight,
        score: round(weight * fullFactor * softFactor),
        modifiers: [...fullModifiers, ...softModifiers],
      });
    }
  }

  const shifted = 1 / (1 + Math.exp(-(logit(probability) + tuning.modelShift)));
  // A clause out of its message is judged on its named evidence and a distress cue only: the
  // model learnt whole messages and reads a lone "the deadline is killing me" as crisis.
  const gate = clause
    ? { ...distressGate(evidence, signals, 0, NO_UNEXPLAINED), model: 0 }
    : distressGate(evidence, signals, probability, tuning);
  const gated = applyGate(evidence, gate.evidence);
  // A word of relief or calm alone ("I feel calm and strong") is no more trusted here than on
  // the unexplained path: the model weighs it heavily because crisis lines use it too.
  const onlySupport =
    evidence.some((item) => item.score > 0) &&
    evidence.every((item) => item.score <= 0 || SUPPORT_ONLY_RULES.has(item.rule));
  const trusted = !onlySupport && probability >= (clause ? tuning.clauseModelTrusted : tuning.modelTrusted);
  const modelPart = {
    probability: round(probability),
    score: round(trusted ? shifted : shifted * fullFactor * softFactor * gate.model),
    top: model
      .topFeatures(features, 5)
      .map(({ feature, weight }) => `${feature} ${weight > 0 ? '+' : ''}${weight}`),
  };
  return {
    ...summarise(gated, modelPart),
    evidence: gated,
    model: modelPart,
    version: CLASSIFIER_VERSION,
  };
};

// A crisis sentence inside ordinary talk ("work is fine , the promotion went through . oh and
// this is my last month alive , but let us talk about the promotion") is diluted by the rest of
// the message: its errands and its plain words. So each sentence or clause is also judged on its
// own, and the strongest verdict stands. A clause keeps its own checks (whose words, negation,
// an everyday reason in the same clause, a laugh); what covers the whole message — a past that
// is over, work, a story, a denial, asking about someone else — is carried into every clause.
const CLAUSE_BREAK =
  / *(?:\n|(?:^| )\.(?: |$)|, but |(?:^| )but (?=i )|, and then |(?:^| )and then (?=i )|, anyway |(?:^| )oh and |, oh )+ */;
const CARRIED: readonly SignalName[] = ['past', 'professional', 'fiction', 'negated', 'concern', 'hyperbole'];
const CLAUSE_MIN_WORDS = 3;

const clausesOf = (normalized: string): string[] => {
  const parts = normalized
    .split(CLAUSE_BREAK)
    .map((part) => part.replace(/^[ ,.]+|[ ,.]+$/g, ''))
    .filter((part) => part.split(' ').filter((token) => token !== ',').length >= CLAUSE_MIN_WORDS);
  return parts.length > 1 ? parts : [];
};

export const classifyWithSignals = (
  normalized: string,
  model: SafetyModel = SAFETY_MODEL,
  tuning: ClassifierTuning = TUNING,
): SafetyClassification => {
  const whole = classifyWhole(normalized, model, tuning);
  if (whole.verdict === 'flag') {
    return whole;
  }
  const clauses = clausesOf(normalized);
  if (clauses.length === 0) {
    return whole;
  }
  const signals = detectSignals(normalized);
  const carried = CARRIED.filter((name) => signals.has(name));
  let strongest = whole;
  for (const clause of clauses) {
    const result = classifyWhole(clause, model, tuning, { carried });
    if (result.score > strongest.score) {
      strongest = result;
    }
  }
  return strongest;
};

/**
 * The offline classifier: explicit and indirect suicidal intent and self-harm, from phrase
 * families, combinations of indirect signals and a small trained model. Pure and synchronous;
 * the model's weights ship with the code.
 *
 * `previous` are the client's own earlier messages, newest last: a thought split over two
 * messages ("i think i am going to" / "end it tonight") is caught by phrase matches that cross
 * the join, without re-flagging every later message for an earlier one.
 */
export const classifyMessage = (text: string, previous: readonly string[] = []): SafetyClassification => {
  const current = normalizeText(text);
  const result = classifyWithSignals(current);
  const last = previous.length > 0 ? normalizeText(previous[previous.length - 1]) : '';
  if (result.verdict === 'flag' || !last || !current) {
    return result;
  }
  const joined = `${last} ${current}`;
  const combined = classifyNormalized(joined);
  const join = last.length;
  const crossing = combined.evidence.filter((item) => {
    const at = joined.indexOf(item.text);
    return at >= 0 && at < join && at + item.text.length > join;
  });
  if (crossing.length === 0) {
    return result;
  }
  const evidence = [...result.evidence, ...crossing];
  return { ...result, ...summarise(evidence, result.model), evidence };
};
