/**
 * Loading the shipped knowledge base once per page (the reader chunk, after a positive
 * decision). `fetchText` reads the extension's own file; a missing or corrupt file is not
 * an error for the page: extraction goes on with the curated gazetteer, and the status
 * says what is missing for the popup's "Why?".
 */
import { KnowledgeBase } from './base';
import { KbFormatError } from './format';

export type KbStatus =
  | { state: 'loaded'; entries: number; ms: number }
  | { state: 'missing' | 'corrupt'; problem: string };

export interface KbLoad {
  kb: KnowledgeBase | null;
  status: KbStatus;
}

/** The base from `fetchText` (a rejected promise means the file is missing), and how it went. */
export async function loadKnowledgeBase(fetchText: () => Promise<string>, now: () => number = () => performance.now()): Promise<KbLoad> {
  const t0 = now();
  let text: string;
  try {
    text = await fetchText();
  } catch (err) {
    return { kb: null, status: { state: 'missing', problem: `reference list file missing (${(err as Error).message})` } };
  }
  try {
    const kb = KnowledgeBase.parse(text);
    return { kb, status: { state: 'loaded', entries: kb.entries.length, ms: Math.round((now() - t0) * 10) / 10 } };
  } catch (err) {
    if (!(err instanceof KbFormatError)) throw err;
    return { kb: null, status: { state: 'corrupt', problem: `reference list file unreadable: ${err.message}` } };
  }
}

/** The path of the shipped file inside the extension. */
export const KB_PATH = '/kb/actors.tsv';
