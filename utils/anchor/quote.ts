/**
 * A selection described for a note: the quote (trimmed of the whitespace the reader's
 * drag took in at either end) and the selectors that find it again in `index`.
 * Null when the selection holds no indexed text (only spaces, or only skipped content).
 */
import type { TextIndex } from '@/utils/dom/text-index';
import type { Selector } from '@/utils/model/note';
import { describeSpan } from './describe';

export interface DescribedSelection {
  quote: string;
  selectors: Selector[];
}

export function selectionQuote(
  index: Pick<TextIndex, 'text' | 'offsetOf'>,
  range: Pick<Range, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>,
): DescribedSelection | null {
  const start = index.offsetOf(range.startContainer, range.startOffset);
  const end = index.offsetOf(range.endContainer, range.endOffset);
  const raw = index.text.slice(start, end);
  const quote = raw.trim();
  if (!quote) return null;
  const lead = raw.length - raw.trimStart().length;
  return { quote, selectors: describeSpan(index.text, start + lead, start + lead + quote.length) };
}
