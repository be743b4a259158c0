/**
 * The committed tagger model read from disk for the CLI, evaluations and benches
 * (`public/tagger.bin`, no ../shared needed). Read once per process.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeModel, type TaggerModel } from '../../utils/extract/tagger/model';

export const TAGGER_PATH = resolve(import.meta.dirname, '..', '..', 'public', 'tagger.bin');

let model: TaggerModel | null = null;

export function taggerModel(path = TAGGER_PATH): TaggerModel {
  return (model ??= decodeModel(new Uint8Array(readFileSync(path))));
}
