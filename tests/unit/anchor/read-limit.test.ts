/**
 * Notes are anchored in at most READ_LIMIT characters of the body (issue #16 item 9): a
 * page with a 50 MB text node and one note costs what any page costs, and a note within
 * the limit still anchors.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { anchorSpan, describeSpan } from '@/utils/anchor';
import { indexForNotes, READ_LIMIT } from '@/utils/pipeline/read-page';

describe('note anchoring on a huge page', () => {
  it('reads no more than READ_LIMIT characters, and a note near the top still anchors', () => {
    const { document } = parseHTML('<html><body><p>Kyiv said talks would resume next week.</p><p id="huge"></p></body></html>');
    document.getElementById('huge')!.textContent = 'word '.repeat(10_000_000);
    const index = indexForNotes(document.body as unknown as HTMLElement);
    expect(index.text.length).toBeLessThanOrEqual(READ_LIMIT + 1);
    const selectors = describeSpan('Kyiv said talks would resume next week.', 10, 28);
    const found = anchorSpan(index.text, selectors)!;
    expect(index.text.slice(found.start, found.end)).toBe('talks would resume');
  });
});
