import sentenceVectors from 'src/safety/classifier/sentence-vectors.json';

// Sentence vectors for the model: the mean of the SIF-weighted word vectors of a message's
// words (Arora et al., 2017), from published word vectors (see training/embeddings.cli.ts and
// sentence-vectors.json). Two messages that say the same thing in different words lie close
// together, which the n-grams cannot see: "there will be no me by spring" and "I won't be
// around after the summer". The table is decoded once, on first use; a lookup per word.

export const SENTENCE_DIMENSIONS = 100;

interface Table {
  index: ReadonlyMap<string, number>;
  values: Int8Array;
  scale: Float32Array;
}

let table: Table | undefined;
const tableOf = (): Table => {
  if (!table) {
    const bytes = Buffer.from(sentenceVectors.vectors, 'base64');
    table = {
      index: new Map(sentenceVectors.words.split(' ').map((word, at) => [word, at] as const)),
      values: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
      scale: Float32Array.from(sentenceVectors.scale.split(' '), Number),
    };
  }
  return table;
};

/** The mean SIF-weighted vector of the known words (zero when none is known). */
export const sentenceVectorOf = (words: Iterable<string>): Float32Array => {
  const { index, values, scale } = tableOf();
  const sum = new Float32Array(SENTENCE_DIMENSIONS);
  let count = 0;
  for (const word of words) {
    const at = index.get(word);
    if (at === undefined) {
      continue;
    }
    count += 1;
    const base = at * SENTENCE_DIMENSIONS;
    for (let d = 0; d < SENTENCE_DIMENSIONS; d += 1) {
      sum[d] += values[base + d] * scale[d];
    }
  }
  if (count > 0) {
    for (let d = 0; d < SENTENCE_DIMENSIONS; d += 1) {
      sum[d] /= count;
    }
  }
  return sum;
};

/** The words of a feature list: its `w:` features (each distinct word of the message once). */
export const wordsOfFeatures = (features: readonly string[]): string[] =>
  features.filter((feature) => feature.startsWith('w:')).map((feature) => feature.slice(2));

/**
 * How a sentence vector is made ready for the model, fitted on the training set: its first
 * principal component removed (what every sentence shares), then each dimension standardised.
 */
export interface SentenceStandardisation {
  pc: number[];
  mean: number[];
  std: number[];
}

export const standardise = (vector: Float32Array, how: SentenceStandardisation): Float32Array => {
  const out = Float32Array.from(vector);
  let dot = 0;
  for (let d = 0; d < SENTENCE_DIMENSIONS; d += 1) {
    dot += out[d] * how.pc[d];
  }
  for (let d = 0; d < SENTENCE_DIMENSIONS; d += 1) {
    out[d] = (out[d] - dot * how.pc[d] - how.mean[d]) / how.std[d];
  }
  return out;
};
