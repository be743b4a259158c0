/** The committed knowledge base read from `public/kb/actors.tsv`, for the CLI, evals and benches. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { KnowledgeBase } from '../../utils/kb/base';

export const KB_FILE = resolve(import.meta.dirname, '../../public/kb/actors.tsv');

let kb: KnowledgeBase | null = null;
export function loadKb(): KnowledgeBase {
  return (kb ??= KnowledgeBase.parse(readFileSync(KB_FILE, 'utf8')));
}
