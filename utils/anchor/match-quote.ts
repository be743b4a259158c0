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
  /** Agreement of the surrounding text with the saved prefix and suffix, 0–1 (1 when none was saved). */
  context: number;
  score: number;
}

const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/** 1 for identical strings, falling to 0 as the edit distance reaches the length. */
function similarity(a: string, b: string): number {
  if (!a.length || !b.length) return 0;
  const found = search(a, b, b.length)[0];
  return found ? 1 - found.errors / b.length : 0;
}

/** Similarity of the saved prefix and suffix to the text around a match; null for a side not saved. */
function contextParts(text: string, m: { start: number; end: number }, ctx: QuoteContext) {
  return {
    prefix: ctx.prefix ? similarity(text.slice(Math.max(0, m.start - ctx.prefix.length), m.start), ctx.prefix) : null,
    suffix: ctx.suffix ? similarity(text.slice(m.end, m.end + ctx.suffix.length), ctx.suffix) : null,
  };
}

/** How well the surroundings of a match agree with the saved context: 0–1, 1 when none was saved. */
function contextScore(parts: { prefix: number | null; suffix: number | null }): number {
  const known = [parts.prefix, parts.suffix].filter((x): x is number => x !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : 1;
}

function score(
  text: string,
  quote: string,
  m: { start: number; end: number; errors: number },
  ctx: QuoteContext,
  parts: ReturnType<typeof contextParts>,
) {
  const quoteScore = 1 - m.errors / quote.length;
  const positionScore = ctx.hint === undefined ? 1 : 1 - Math.abs(m.start - ctx.hint) / Math.max(1, text.length);
  return (
    (WEIGHT.quote * quoteScore +
      WEIGHT.prefix * (parts.prefix ?? 1) +
      WEIGHT.suffix * (parts.suffix ?? 1) +
      WEIGHT.position * positionScore) /
    (WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position)
  );
}

function scored(text: string, quote: string, m: { start: number; end: number; errors: number }, ctx: QuoteContext): QuoteMatch {
  const parts = contextParts(text, m, ctx);
  return { ...m, context: contextScore(parts), score: score(text, quote, m, ctx, parts) };
}

/** All exact occurrences of `quote`, scored by context; best first. */
export function exactMatches(text: string, quote: string, ctx: QuoteContext): QuoteMatch[] {
  const found: QuoteMatch[] = [];
  if (!quote) return found;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    found.push(scored(text, quote, { start: i, end: i + quote.length, errors: 0 }, ctx));
  }
  return found.sort((a, b) => b.score - a.score);
}

/**
 * Below this agreement of the surrounding text, a match is likely a different passage
 * that happens to look alike (short quotes find look-alikes on any long page): an
 * approximate one is refused — the note is better orphaned than on the wrong words — and
 * a verbatim one only wins when nothing closer to the saved context is found.
 */
export const MIN_CONTEXT = 0.5;

/**
 * The best approximate match of `quote` with at most `maxErrors` edits (default: a
 * quarter of its length, so a fixed typo or changed word still anchors but a rewritten
 * sentence does not) whose surroundings agree with the saved context, or null.
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
    const match = scored(text, quote, m, ctx);
    if (match.context < MIN_CONTEXT) continue;
    if (!best || match.score > best.score) best = match;
  }
  return best;
}

/** Levenshtein distance, stopping early (returning `cap + 1`) once it must exceed `cap`. */
export function editDistance(a: string, b: string, cap: number = Math.max(a.length, b.length)): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > cap) return cap + 1;
    prev = row;
  }
  return prev[b.length];
}

/** Longest quote the gap search compares character by character (the cost is quadratic). */
const MAX_GAP_QUOTE = 1_000;

/**
 * The passage found between its saved prefix and suffix, both still present word for word
 * and nearest the old position, when what lies between differs from the quote by at most
 * half its length. Short quotes need this: a word inserted into a 12-character quote is
 * beyond what `fuzzyMatch` may allow, yet 32 characters each side pin it down. Null when
 * either side is missing or the gap is not the quote (a deleted passage leaves no gap).
 */
export function matchBetweenContext(text: string, quote: string, ctx: QuoteContext): QuoteMatch | null {
  const { prefix, suffix } = ctx;
  if (!prefix || !suffix || !quote || quote.length > MAX_GAP_QUOTE) return null;
  const maxGap = quote.length * 2 + 16;
  const cap = Math.floor(quote.length / 2);
  let best: QuoteMatch | null = null;
  for (let p = text.indexOf(prefix); p !== -1; p = text.indexOf(prefix, p + 1)) {
    const start = p + prefix.length;
    // The suffix may also occur inside the passage: try each occurrence within reach.
    for (let end = text.indexOf(suffix, start); end !== -1 && end - start <= maxGap; end = text.indexOf(suffix, end + 1)) {
      const errors = editDistance(text.slice(start, end), quote, cap);
      if (errors > cap) continue;
      const match = scored(text, quote, { start, end, errors }, ctx);
      if (!best || match.score > best.score) best = match;
    }
  }
  return best;
}

/**
 * The passage at its old place, edited: the saved prefix still ends exactly at `hint`, the
 * saved suffix follows within reach, and what lies between differs from the quote by at
 * most half its length. Null when any of that fails (no hint, no context, moved text).
 */
export function editedInPlace(text: string, quote: string, ctx: QuoteContext): QuoteMatch | null {
  const { prefix, suffix, hint } = ctx;
  if (hint === undefined || !prefix || !suffix || !quote || quote.length > MAX_GAP_QUOTE) return null;
  if (!text.startsWith(prefix, hint - prefix.length)) return null;
  const cap = Math.floor(quote.length / 2);
  for (
    let end = text.indexOf(suffix, hint);
    end !== -1 && end - hint <= quote.length * 2 + 16;
    end = text.indexOf(suffix, end + 1)
  ) {
    const errors = editDistance(text.slice(hint, end), quote, cap);
    if (errors <= cap) return scored(text, quote, { start: hint, end, errors }, ctx);
  }
  return null;
}
