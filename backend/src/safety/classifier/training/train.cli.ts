import { writeFileSync } from 'node:fs';
import { buildCorpus } from 'src/safety/classifier/training/corpus';
import {
  CORPUS_FILE,
  corpusFile,
  trainShippedModel,
  WEIGHTS_FILE,
} from 'src/safety/classifier/training/dataset';

// `npm run safety:train -w backend`: expands the corpus families, writes the corpus fixture,
// trains the model on its training split and writes the weights. Deterministic: running it
// twice leaves both files unchanged (a spec checks the committed ones match).

const corpus = buildCorpus();
writeFileSync(CORPUS_FILE, `${JSON.stringify(corpusFile(corpus), null, 1)}\n`);
const weights = trainShippedModel(corpus);
writeFileSync(WEIGHTS_FILE, `${JSON.stringify(weights)}\n`);
const train = corpus.filter((item) => item.split === 'train').length;
process.stdout.write(
  `safety corpus: ${corpus.length} messages (${train} train, ${corpus.length - train} held out) → ${CORPUS_FILE}\n` +
    `safety model ${weights.version}: ${weights.features.length} features → ${WEIGHTS_FILE}\n`,
);
