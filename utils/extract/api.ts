/**
 * What the lazily loaded extractor chunk (`entrypoints/extractor.ts`) exposes to the
 * content script. Both run in the same content-script world; the chunk sets
 * `globalThis[EXTRACTOR_GLOBAL]`.
 */
import type { Extraction, ExtractOptions } from './types';

export const EXTRACTOR_GLOBAL = '__dossierExtractor';

export interface ExtractorApi {
  extract(text: string, options?: ExtractOptions): Extraction;
}
