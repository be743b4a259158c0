/** The committed knowledge base read from `public/kb/`, for the CLI, evals and benches. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { KnowledgeBase } from '../../utils/kb/base';

const KB_DIR = resolve(import.meta.dirname, '../../public/kb');
export const KB_PATH = resolve(KB_DIR, 'actors.bin');

let kb: KnowledgeBase | null = null;
export function loadKb(): KnowledgeBase {
  return (kb ??= new KnowledgeBase(readFileSync(KB_PATH)));
}
