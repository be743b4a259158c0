/**
 * Re-anchoring a note's selectors in the current text of a page.
 */
import type { Selector, TextPositionSelector, TextQuoteSelector } from '@/utils/model/note';
import { squeeze, squeezeString } from './foreign';
import { editedInPlace, exactMatches, fuzzyMatch, matchBetweenContext, MIN_CONTEXT, type QuoteMatch } from './match-quote';

export type AnchorMethod = 'exact' | 'context' | 'position' | 'spacing' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

/**
 * Where the passage is now, trying in order:
 * 0. `exact` — the old position still reads the quote: kept, even when a copy elsewhere has
 *    context that agrees better (the reader marked this one);
 * 1. `exact` — the quote occurs once, among text that agrees with the saved context
 *    (unless the passage between the same context at its very old place was edited: then
 *    that one, as `fuzzy`);
 * 2. `context` — it occurs several times; prefix, suffix and old position choose;
 * 3. `position` — there is no quote selector (or no quote), but the position is in range;
 * 4. `spacing` — the quote occurs when white space is ignored (a quote from another tool
 *    that read raw page text, where a paragraph break may be no character at all), among
 *    text that agrees with the saved context;
 * 5. `fuzzy` — the quote with small edits (a typo fixed, a word changed): first what lies
 *    between the saved prefix and suffix, then an approximate search scored by context;
 * 6. `exact`/`context` again for a verbatim copy whose surroundings changed (a paragraph
 *    moved), when nothing closer to the saved context was found; then `spacing` likewise.
 * Returns null when none works: the caller shows the note as orphaned, never drops it.
 */
export function anchorSpan(text: string, selectors: readonly Selector[]): Anchor | null {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');

  if (!quote?.exact) {
    if (position && position.end > position.start && position.end <= text.length) {
      return { start: position.start, end: position.end, method: 'position' };
    }
    return null;
  }

  if (position && position.end - position.start === quote.exact.length && text.startsWith(quote.exact, position.start)) {
    return { start: position.start, end: position.end, method: 'exact' };
  }

  const ctx = { prefix: quote.prefix, suffix: quote.suffix, hint: position?.start };
  const exact = exactMatches(text, quote.exact, ctx);
  const verbatim = (m: QuoteMatch): Anchor => ({ start: m.start, end: m.end, method: exact.length === 1 ? 'exact' : 'context' });
  if (exact.length && exact[0].context >= MIN_CONTEXT) {
    // A page that says a passage twice (menus, repeated paragraphs) keeps a verbatim copy
    // when the reader's own one was edited: the edited one, between the same context and
    // starting exactly where it did, is still the reader's.
    const edited = exact[0].start !== ctx.hint ? editedInPlace(text, quote.exact, ctx) : null;
    if (edited && edited.context >= exact[0].context) {
      return { start: edited.start, end: edited.end, method: 'fuzzy' };
    }
    return verbatim(exact[0]);
  }

  const spaced = spacingMatch(text, quote);
  if (spaced && spaced.context >= MIN_CONTEXT) return spaced.anchor;

  const fuzzy = matchBetweenContext(text, quote.exact, ctx) ?? fuzzyMatch(text, quote.exact, ctx);
  if (fuzzy) return { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' };
  if (exact.length) return verbatim(exact[0]);
  return spaced?.anchor ?? null;
}

/**
 * The best occurrence of the quote in the text with all white space removed from both (and
 * from the context), mapped back to the text; null when there is none. The squeezed text is
 * built only when the cheaper steps failed.
 */
function spacingMatch(text: string, quote: TextQuoteSelector): { anchor: Anchor; context: number } | null {
  const q = squeezeString(quote.exact);
  if (!q) return null;
  const sq = squeeze(text);
  const [best] = exactMatches(sq.text, q, { prefix: squeezeString(quote.prefix), suffix: squeezeString(quote.suffix) });
  if (!best) return null;
  return { anchor: { start: sq.at[best.start]!, end: sq.at[best.end - 1]! + 1, method: 'spacing' }, context: best.context };
}
