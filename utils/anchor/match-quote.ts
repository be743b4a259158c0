/**
 * Finding a quote again in a text that may have changed, after hypothesis/client's
 * match-quote: candidates are scored on the quote itself, its prefix and suffix, and
 * closeness to where it used to be.
 */
import search from 'approx-string-match';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote started when it was saved. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** Edit distance between the quote and the text matched. */
  errors: number;
  score: number;
}

const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/** 1 for identical strings, falling to 0 as the edit distance reaches the length. */
function similarity(a: string, b: string): number {
  if (!a.length || !b.length) return 0;
  const found = search(a, b, b.length)[0];
  return found ? 1 - found.errors / b.length : 0;
}

function score(text: string, quote: string, m: { start: number; end: number; errors: number }, ctx: QuoteContext) {
  const quoteScore = 1 - m.errors / quote.length;
  const prefixScore = ctx.prefix
    ? similarity(text.slice(Math.max(0, m.start - ctx.prefix.length), m.start), ctx.prefix)
    : 1;
  const suffixScore = ctx.suffix ? similarity(text.slice(m.end, m.end + ctx.suffix.length), ctx.suffix) : 1;
  const positionScore = ctx.hint === undefined ? 1 : 1 - Math.abs(m.start - ctx.hint) / Math.max(1, text.length);
  return (
    (WEIGHT.quote * quoteScore + WEIGHT.prefix * prefixScore + WEIGHT.suffix * suffixScore + WEIGHT.position * positionScore) /
    (WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position)
  );
}

/** All exact occurrences of `quote`, scored by context; best first. */
export function exactMatches(text: string, quote: string, ctx: QuoteContext): QuoteMatch[] {
  const found: QuoteMatch[] = [];
  if (!quote) return found;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    const m = { start: i, end: i + quote.length, errors: 0 };
    found.push({ ...m, score: score(text, quote, m, ctx) });
  }
  return found.sort((a, b) => b.score - a.score);
}

/**
 * The best approximate match of `quote` with at most `maxErrors` edits (default: a
 * quarter of its length, so a fixed typo or changed word still anchors but a rewritten
 * sentence does not), or null.
 */
export function fuzzyMatch(
  text: string,
  quote: string,
  ctx: QuoteContext,
  maxErrors: number = Math.floor(quote.length / 4),
): QuoteMatch | null {
  if (!quote || maxErrors < 1) return null;
  let best: QuoteMatch | null = null;
  for (const m of search(text, quote, Math.min(maxErrors, 256))) {
    const scored = { ...m, score: score(text, quote, m, ctx) };
    if (!best || scored.score > best.score) best = scored;
  }
  return best;
}
