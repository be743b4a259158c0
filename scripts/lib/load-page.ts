/**
 * Saved HTML pages as DOM documents in Node (linkedom), for the CLI, evals and benchmarks.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

export function documentFromHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function loadPage(path: string): Document {
  return documentFromHtml(readFileSync(path, 'utf8'));
}
