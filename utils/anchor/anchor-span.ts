/**
 * Re-anchoring a note's selectors in the current text of a page.
 */
import type { Selector, TextPositionSelector, TextQuoteSelector } from '@/utils/db/schema';
import { exactMatches, fuzzyMatch, matchBetweenContext, MIN_CONTEXT, type QuoteMatch } from './match-quote';

export type AnchorMethod = 'exact' | 'context' | 'position' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

/**
 * Where the passage is now, trying in order:
 * 1. `exact` — the quote occurs once, among text that agrees with the saved context;
 * 2. `context` — it occurs several times; prefix, suffix and old position choose;
 * 3. `position` — there is no quote selector (or no quote), but the position is in range;
 * 4. `fuzzy` — the quote with small edits (a typo fixed, a word changed): first what lies
 *    between the saved prefix and suffix, then an approximate search scored by context;
 * 5. `exact`/`context` again for a verbatim copy whose surroundings changed (a paragraph
 *    moved), when nothing closer to the saved context was found.
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

  const ctx = { prefix: quote.prefix, suffix: quote.suffix, hint: position?.start };
  const exact = exactMatches(text, quote.exact, ctx);
  const verbatim = (m: QuoteMatch): Anchor => ({ start: m.start, end: m.end, method: exact.length === 1 ? 'exact' : 'context' });
  if (exact.length && exact[0].context >= MIN_CONTEXT) return verbatim(exact[0]);

  const fuzzy = matchBetweenContext(text, quote.exact, ctx) ?? fuzzyMatch(text, quote.exact, ctx);
  if (fuzzy) return { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' };
  return exact.length ? verbatim(exact[0]) : null;
}
