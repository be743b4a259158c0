/**
 * Selectors written by other annotation tools (Hypothesis and the like) quote the page's raw
 * text: source indentation and line feeds as they are in the HTML, nothing between two
 * paragraphs, and positions counted in that raw text. Dossier's text index collapses each
 * run of white space to one space and puts one "\n" between blocks, so neither the quote nor
 * the position reads the same. On import the quote, prefix and suffix are collapsed the way
 * the index collapses them; positions are kept only as hints (anchoring prefers the quote),
 * and `looseMatches` finds a quote whose white space still differs (a paragraph break that
 * was no character at all in the raw text, say).
 */
import type { Selector } from '@/utils/model/note';

const SPACE = /[ \t\n\r\f\u00a0]+/g;

/**
 * White space collapsed as the text index collapses it inside a text node: every run to one
 * space. (A line feed in raw text is source formatting; the index writes "\n" only between
 * blocks, and a break there is found by `spacing` anchoring, which ignores white space.)
 */
export function collapseSpace(s: string): string {
  return s.replace(SPACE, ' ');
}

/** Foreign selectors in Dossier's white-space convention; the quote is trimmed, context kept. */
export function normalizeForeignSelectors(selectors: readonly Selector[]): Selector[] {
  return selectors.map((s) =>
    s.type === 'TextQuoteSelector'
      ? {
          type: 'TextQuoteSelector',
          exact: collapseSpace(s.exact).trim(),
          prefix: collapseSpace(s.prefix),
          suffix: collapseSpace(s.suffix),
        }
      : s,
  );
}

/** A text with every white-space character removed, and where each kept one came from. */
export interface Squeezed {
  text: string;
  /** `at[i]` is the offset in the original text of `text[i]`. */
  at: Int32Array;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;

export function squeeze(text: string): Squeezed {
  const at = new Int32Array(text.length);
  let out = '';
  let n = 0;
  let from = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (from >= 0) out += text.slice(from, i);
      from = -1;
      continue;
    }
    if (from < 0) from = i;
    at[n++] = i;
  }
  if (from >= 0) out += text.slice(from);
  return { text: out, at: at.subarray(0, n) };
}

export const squeezeString = (s: string) => s.replace(SPACE, '');
