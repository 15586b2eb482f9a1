import modelWeights from 'src/safety/classifier/model-weights.json';
import {
  SENTENCE_DIMENSIONS,
  type SentenceStandardisation,
  sentenceVectorOf,
  standardise,
  wordsOfFeatures,
} from 'src/safety/classifier/sentence-vector';
import wordClusters from 'src/safety/classifier/word-clusters.json';

// The statistical half of the offline classifier: logistic regression over word 1–3-grams and
// character 4-grams of the normalised text, plus the context cues the rules compute (whose
// words, story or news, past, professional, negated), plus the message's sentence vector
// (sentence-vector.ts), trained jointly. Trained offline by
// `npm run safety:train -w backend` (src/safety/classifier/training/) on the labelled corpus;
// the weights are data in the repo, nothing is fetched at run time.

export interface SafetyModelWeights {
  version: string;
  bias: number;
  /** Feature names, sorted; `weights[i]` belongs to `features[i]`. */
  features: string[];
  weights: number[];
  /** The sentence vector's part: its standardisation and one weight a dimension. */
  sentence?: SentenceStandardisation & { weights: number[] };
}

/** Context cues: names of the message-level signals fed to the model as features. */
export type ModelCue = string;

const BOUNDARY = new Set(['.', ',']);

// Word classes: a second view of the text in which "pills", "tablets" and "rope" are all MEANS
// and "friday", "christmas" and "the 15th" are all DATE, so the n-grams over it carry a
// phrasing learned from one family over to another ("christmas is going to be my last day" →
// "DATE is going to be my FINAL day").
const CONCEPTS: Readonly<Record<string, string>> = {
  MEANS:
    'pills pill tablets tablet meds medication medications painkillers paracetamol tylenol ibuprofen antidepressants insulin opioids rope noose gun rifle shotgun pistol blade blades razor razors knife knives charcoal bleach poison packet prescription overdose dose lighter vodka whisky alcohol lighter blade hose tape ladder belt cord cable ligature helium exhaust fumes insulin sertraline citalopram codeine tramadol morphine diazepam zopiclone tablets jar packets stash',
  PLACE:
    'bridge roof rooftop ledge cliff cliffs balcony railing tracks railway platform train trains motorway overpass river sea water lake building tower edge road traffic bus viaduct pier harbour dam overpass footbridge quarry railings rail rails line crossing riverbank current tide beach ocean canal estuary gorge multi storey carpark garage bath bathtub woods forest parapet top floor',
  KIN: 'mum mom dad mother father parents kids children son daughter sister brother wife husband partner family girlfriend boyfriend friends everyone everybody grandma grandad grandpa nan dog cat neighbour nephew niece kids',
  OTHER:
    'friend colleague coworker flatmate roommate client clients patient patients pupil pupils student students he she his her him himself herself themselves caller uncle aunt cousin niece nephew',
  DATE: 'monday tuesday wednesday thursday friday saturday sunday weekend christmas birthday tonight tomorrow week month year easter morning night today date',
  DEATH:
    'die dying dead death died suicide suicidal kill killing killed funeral gone exist existing alive unalive grave',
  HURT: 'cut cutting cuts burn burning burned burnt scratch scratching bleed bleeding blood scars scar hurt hurting harm harming punch bruises wounds carved',
  FAREWELL:
    'goodbye farewell bye letter letters note notes will passwords sorry forgive thank thanks goodbyes farewell instructions envelope sealed addressed voice recorded hugged',
  RELIEF: 'relieved relief better happier easier free lighter peace calm quiet rest',
  BURDEN: 'burden drain weight waste problem nuisance mess bother',
  ACCIDENT: 'accident accidental accidentally crash insurance slipped swerve wheel seatbelt',
  ACQUIRE:
    'bought buy buying ordered order picked got saved saving stockpiled collected collecting counted hoarded kept hidden stashed paid sold emptied lined ready hidden drawer backpack pocket post arrived',
  SEARCH:
    'googled googling searched searching research researching forums lethal fatal painless looked looking',
  ROLE: 'therapist nurse psychologist psychiatrist gp doctor counsellor paramedic volunteer helpline hotline teacher researcher coach officer clinician pharmacist engineer worker training prevention awareness',
  MEDIA:
    'novel book film movie series show episode song poem story character podcast documentary article news screenplay villain hero narrator protagonist anime game album lyrics scene chapter',
  PAST: 'ago used recovered recovery survived clean since anniversary once back',
  TRIP: 'holiday holidays travelling traveling trip conference job work office meeting team session move moving gym charity hotel flight vacation holiday honeymoon leave conference festival gig wedding climbing sailing diving running photos view sunset barbecue garden kitchen course class club',
  NEG: 'not never no nobody nothing none',
  FINAL:
    'last final forever permanently anymore soon over done finished ready decided end ending longer forever good ever permanently again no longer after anymore',
  LOW: 'hopeless worthless empty numb tired exhausted alone hate pain miserable pointless useless broken empty worn drained nothing reasons hopeless numb tired',
};

const CONCEPT_OF = new Map<string, string>(
  Object.entries(CONCEPTS).flatMap(([concept, list]) =>
    list.split(' ').map((word) => [word, concept] as const),
  ),
);

const conceptOf = (token: string): string =>
  CONCEPT_OF.get(token) ?? (/^\d+(?:st|nd|rd|th)$/.test(token) ? 'DATE' : token);

// Word clusters from published word vectors (see training/embeddings.cli.ts): words whose
// vectors lie close together share a cluster id ("bridge", "viaduct" and "embankment"; "swim",
// "drown" and "overboard"), so a phrasing the model learnt with one word carries over to its
// neighbours. The map is built once, on first use.
let clusterMap: ReadonlyMap<string, string> | undefined;
const clusterOf = (): ReadonlyMap<string, string> => {
  if (!clusterMap) {
    const ids = wordClusters.clusters.split(' ');
    clusterMap = new Map(wordClusters.words.split(' ').map((word, at) => [word, ids[at]] as const));
  }
  return clusterMap;
};

/** The feature names of one normalised text (unique, unordered). */
export const featuresOf = (normalized: string, cues: readonly ModelCue[] = []): string[] => {
  const tokens = normalized.split(' ').filter(Boolean);
  const features = new Set<string>();
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!BOUNDARY.has(token)) {
      features.add(`w:${token}`);
      const padded = `_${token}_`;
      for (let at = 0; at + 4 <= padded.length; at += 1) {
        features.add(`c:${padded.slice(at, at + 4)}`);
      }
    }
    const next = tokens[index + 1];
    if (next !== undefined) {
      features.add(`b:${token} ${next}`);
      const third = tokens[index + 2];
      if (third !== undefined) {
        features.add(`t:${token} ${next} ${third}`);
      }
    }
  }
  const concepts = tokens.map(conceptOf);
  for (let index = 0; index < concepts.length; index += 1) {
    const window = concepts.slice(index, index + 3);
    if (window[0] !== tokens[index]) {
      features.add(`q:${window[0]}`);
    }
    for (const size of [2, 3]) {
      const gram = window.slice(0, size);
      const original = tokens.slice(index, index + size);
      if (gram.length === size && gram.some((item, at) => item !== original[at])) {
        features.add(`q:${gram.join(' ')}`);
      }
    }
  }
  // Each word's cluster, and pairs of neighbouring words with each word as its cluster (or as
  // itself when it has none): "off the bridge" and "off the viaduct" share a pair.
  const clusters = clusterOf();
  const ids = tokens.map((token) => clusters.get(token));
  for (let index = 0; index < tokens.length; index += 1) {
    if (ids[index] !== undefined) {
      features.add(`g:${ids[index]}`);
    }
    if (index + 1 < tokens.length) {
      features.add(`G:${ids[index] ?? tokens[index]} ${ids[index + 1] ?? tokens[index + 1]}`);
    }
  }
  for (const cue of cues) {
    features.add(`x:${cue}`);
  }
  return [...features];
};

/** Each present feature counts 1/sqrt(n), so long messages do not score higher for length. */
export const featureScale = (count: number): number => (count > 0 ? 1 / Math.sqrt(count) : 0);

export const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

export interface SafetyModel {
  version: string;
  probability(features: readonly string[]): number;
  /** The features that moved this score most, strongest first (for the event's evidence). */
  topFeatures(features: readonly string[], count: number): { feature: string; weight: number }[];
}

export const loadSafetyModel = (weights: SafetyModelWeights): SafetyModel => {
  const index = new Map<string, number>();
  weights.features.forEach((feature, at) => index.set(feature, weights.weights[at]));
  return {
    version: weights.version,
    probability: (features) => {
      const scale = featureScale(features.length);
      let sum = weights.bias;
      for (const feature of features) {
        sum += (index.get(feature) ?? 0) * scale;
      }
      const sentence = weights.sentence;
      if (sentence) {
        const vector = standardise(sentenceVectorOf(wordsOfFeatures(features)), sentence);
        for (let d = 0; d < SENTENCE_DIMENSIONS; d += 1) {
          sum += sentence.weights[d] * vector[d];
        }
      }
      return sigmoid(sum);
    },
    topFeatures: (features, count) =>
      features
        .map((feature) => ({ feature, weight: index.get(feature) ?? 0 }))
        .filter((item) => item.weight !== 0)
        .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
        .slice(0, count),
  };
};

export const SAFETY_MODEL: SafetyModel = loadSafetyModel(modelWeights);
