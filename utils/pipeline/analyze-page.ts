/**
 * Detection and extraction of one document in a single call, for the `analyze` CLI and
 * the evaluations. The content script runs the same two stages, with the extractor
 * loaded only after `shouldAct` says yes.
 */
import { extract } from '@/utils/extract';
import type { Extraction, ExtractOptions } from '@/utils/extract/types';
import type { TextIndex } from '@/utils/dom/text-index';
import type { Decision } from '@/utils/model/page';
import { readPage, shouldAct } from './read-page';
import { readStory } from './story';

export interface PageAnalysis {
  decision: Decision;
  index: TextIndex;
  /** Null when the page is not one Dossier acts on (and `force` was not set). */
  extraction: Extraction | null;
}

export function analyzePage(doc: Document, options: { force?: boolean; extractOptions?: ExtractOptions } = {}): PageAnalysis {
  const { decision } = readPage(doc);
  const act = shouldAct(decision, options.force ? 'on' : 'auto');
  // Decided on the cheap scope, read on the story (as the reader chunk does).
  const { index } = readStory(doc);
  return { decision, index, extraction: act ? extract(index.text, options.extractOptions) : null };
}
