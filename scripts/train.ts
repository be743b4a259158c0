/**
 * `npm run train`: trains the name tagger on CoNLL-2003 train (../shared/data), reports
 * span F1 on valid (tuning), and writes the model `public/tagger.bin` (weights and name
 * lists only, never training text) with its data and settings in `public/tagger.json`.
 * Deterministic: the same data and settings give the same bytes. Test is never read here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { gazetteerLookup } from '../utils/extract';
import { decodeModel } from '../utils/extract/tagger/model';
import { train, type TrainSettings } from '../utils/extract/tagger/train';
import { SHARED } from './eval/data';
import { readConll, spanScore } from './train/conll';
import { nameLists } from './train/names';

const settings: TrainSettings = {
  epochs: Number(process.env.TAGGER_EPOCHS ?? 10),
  seed: 13,
  maxFeatures: Number(process.env.TAGGER_MAX_FEATURES ?? 150000),
};
const trainFile = resolve(SHARED, 'data', 'conll2003_train_bio.txt');
const validFile = resolve(SHARED, 'data', 'conll2003_valid_bio.txt');
const t0 = performance.now();
const docs = readConll(trainFile);
const names = nameLists(resolve(SHARED, 'data', 'knowledge', 'names'));
const lookup = gazetteerLookup();
const meta = {
  trainedOn: 'CoNLL-2003 English train (conll2003_train_bio.txt), sentences as blocks, documents at -DOCSTART-',
  trainSha256: createHash('sha256').update(readFileSync(trainFile)).digest('hex'),
  names: 'US Census 1990 given names and surnames (public domain), with the gazetteer given names',
  algorithm: 'averaged structured perceptron, first-order Viterbi, BIO tags PER/ORG/LOC/MISC',
  settings,
};
const bytes = train(docs, settings, lookup, names, meta, (r) =>
  console.log(
    `epoch ${r.epoch}: ${r.tokenErrors} token errors, ${r.features} features (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
  ),
);
const out = resolve(import.meta.dirname, '..', 'public');
writeFileSync(resolve(out, 'tagger.bin'), bytes);
const model = decodeModel(bytes);
const valid = spanScore(readConll(validFile), model, lookup);
const record = {
  ...meta,
  features: model.features,
  bytes: bytes.length,
  gzipBytes: gzipSync(bytes, { level: 9 }).length,
  valid,
};
writeFileSync(resolve(out, 'tagger.json'), `${JSON.stringify(record, null, 2)}\n`);
console.log(JSON.stringify(record, null, 2));
console.log(`${((performance.now() - t0) / 1000).toFixed(0)} s`);
