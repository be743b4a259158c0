/**
 * The cheap stage that runs on every page: find the article body, index its text, decide.
 * Only a positive decision (or the reader's force switch) leads to the extractor, which
 * the content script loads on demand; the CLI calls both through `analyze-page.ts`.
 */
import { buildTextIndex, type TextIndex } from '@/utils/dom/text-index';
import { detectPage } from '@/utils/detect';
import type { Decision } from '@/utils/model/page';
import { findScope, type Scope } from '@/utils/scope';
import type { ForceMode } from '@/utils/model/kinds';

export interface PageReading {
  index: TextIndex;
  decision: Decision;
}

export interface ReadOptions {
  /** Elements of Dossier's own (its UI host) that must never be read or painted. */
  skip?: (el: Element) => boolean;
  sensitivity?: number;
}

/**
 * How much of a page is read: about 70,000 words, far beyond any article, so that a page of
 * megabytes (a log, a specification, an endless feed) costs a bounded, small amount.
 */
export const READ_LIMIT = 400_000;

/** The first half of the cheap stage: the article body and its text. */
export function indexPage(doc: Document, options: ReadOptions = {}): { scope: Scope; index: TextIndex } {
  const scope = findScope(doc);
  const own = options.skip;
  const index = buildTextIndex(scope.root, {
    skip: own ? (el) => own(el) || scope.skip(el) : scope.skip,
    maxChars: READ_LIMIT,
  });
  return { scope, index };
}

/**
 * The index notes are anchored in: the whole body (a note may sit outside the article),
 * read up to the same `READ_LIMIT`, so a page of megabytes costs the same bounded work
 * for its notes as for detection; a note beyond the limit shows as orphaned.
 */
export function indexForNotes(body: HTMLElement, skip?: (el: Element) => boolean): TextIndex {
  return buildTextIndex(body, { skip, maxChars: READ_LIMIT });
}

/**
 * The whole cheap stage at once. The content script runs its two halves (`indexPage`, then
 * `detectPage`) as two tasks, so a heavy page never blocks for their sum.
 */
export function readPage(doc: Document, options: ReadOptions = {}): PageReading {
  const { scope, index } = indexPage(doc, options);
  return { index, decision: detectPage(doc, scope, index, { sensitivity: options.sensitivity }) };
}

/** Whether Dossier acts on a page: the reader's switch first, then the decision. */
export function shouldAct(decision: Decision, force: ForceMode = 'auto'): boolean {
  if (force !== 'auto') return force === 'on';
  return decision.isArticle && decision.inDomain;
}
