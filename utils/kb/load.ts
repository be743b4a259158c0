/**
 * Loading the shipped knowledge base once per page (the reader chunk, after a positive
 * decision). `fetchText` reads the extension's own file; a missing or corrupt file is not
 * an error for the page: extraction goes on with the curated gazetteer, and the status
 * says what is missing for the popup's "Why?".
 */
import { KnowledgeBase } from './base';
import { KbFormatError } from './format';
import type { KbStatus } from '@/utils/model/page';

export interface KbLoad {
  kb: KnowledgeBase | null;
  status: KbStatus;
}

/**
 * The base from `fetchFile` (called with each of `KB_FILES`; a rejected promise means the
 * file is missing), and how it went.
 */
export async function loadKnowledgeBase(
  fetchFile: (path: string) => Promise<Uint8Array>,
  now: () => number = () => performance.now(),
): Promise<KbLoad> {
  const t0 = now();
  let files: Uint8Array[];
  try {
    files = await Promise.all(KB_FILES.map(fetchFile));
  } catch (err) {
    return { kb: null, status: { state: 'missing', problem: `reference list file missing (${(err as Error).message})` } };
  }
  try {
    const kb = new KnowledgeBase(files[0], files[1]);
    return { kb, status: { state: 'loaded', entries: kb.size, ms: Math.round((now() - t0) * 10) / 10 } };
  } catch (err) {
    if (!(err instanceof KbFormatError)) throw err;
    return { kb: null, status: { state: 'corrupt', problem: `reference list file unreadable: ${err.message}` } };
  }
}

/** The shipped files inside the extension: the entries and their lookup index. */
export const KB_FILES = ['/kb/actors.tsv', '/kb/index.bin'] as const;

/** Fetches one of `KB_FILES` from a base URL maker (the extension's `runtime.getURL`). */
export const fetchKbFile = (url: (path: (typeof KB_FILES)[number]) => string) => (path: string) =>
  fetch(url(path as (typeof KB_FILES)[number])).then((r) =>
    r.ok ? r.arrayBuffer().then((b) => new Uint8Array(b)) : Promise.reject(new Error(`HTTP ${r.status}`)),
  );
