/**
 * Describing a passage as W3C Web Annotation selectors over the text of a TextIndex.
 */
import type { TextPositionSelector, TextQuoteSelector } from '@/utils/model/note';

/** Context kept on each side of a quote; enough to tell repeated passages apart. */
export const CONTEXT_CHARS = 32;

/**
 * Selectors for `text.slice(start, end)`: a TextQuoteSelector with up to 32 characters of
 * prefix and suffix, and a TextPositionSelector. Offsets are clamped to the text; an
 * empty span gives an empty `exact` (callers refuse to save those).
 */
export function describeSpan(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - CONTEXT_CHARS), s),
      suffix: text.slice(e, e + CONTEXT_CHARS),
    },
    { type: 'TextPositionSelector', start: s, end: e },
  ];
}
