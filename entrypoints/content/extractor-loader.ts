/**
 * Loads the extractor (gazetteer, rules, hover card) into this page's content-script world
 * on demand. The background injects `extractor.js` with `scripting.executeScript`, which
 * runs it in the same isolated world as this script; the chunk announces itself on
 * `globalThis`. Pages Dossier does not act on never load it.
 */
import { DossierError, request } from '@/utils/messaging/channel';
import type { ExtractorApi } from '@/utils/extract/api';
import { EXTRACTOR_GLOBAL } from '@/utils/extract/api';

let pending: Promise<ExtractorApi> | null = null;

export function loadExtractor(): Promise<ExtractorApi> {
  const existing = (globalThis as Record<string, unknown>)[EXTRACTOR_GLOBAL] as ExtractorApi | undefined;
  if (existing) return Promise.resolve(existing);
  pending ??= request({ type: 'extractor.load' }).then(() => {
    const api = (globalThis as Record<string, unknown>)[EXTRACTOR_GLOBAL] as ExtractorApi | undefined;
    if (!api) throw new DossierError('The extractor did not load on this page.');
    return api;
  });
  pending.catch(() => {
    pending = null;
  });
  return pending;
}

/** True once the extractor chunk has run in this page (tests and the popup read this). */
export const extractorLoaded = () => EXTRACTOR_GLOBAL in globalThis;
