// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { selectionQuote } from '@/utils/anchor/quote';
import { buildTextIndex } from '@/utils/dom/text-index';
import { actorsIn } from '@/utils/highlight/actors-in';

const rangeOf = (node: Node, start: number, end: number) => {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(node, end);
  return r;
};

describe('a selection described for a note', () => {
  it('trims the whitespace the drag took in and describes the quote where it is', () => {
    document.body.innerHTML = '<p>The order from Hegseth to halt operations against Russia by the US.</p>';
    const text = document.querySelector('p')!.firstChild!;
    const index = buildTextIndex(document.body);
    const described = selectionQuote(index, rangeOf(text, 25, 57));
    expect(described?.quote).toBe('halt operations against Russia');
    expect(described?.selectors[0]).toMatchObject({
      type: 'TextQuoteSelector',
      exact: 'halt operations against Russia',
      prefix: 'The order from Hegseth to ',
    });
    expect(selectionQuote(index, rangeOf(text, 25, 26))).toBeNull();
  });

  it('finds the actors whose mentions the selection touches', () => {
    document.body.innerHTML = '<p>Hegseth met Zelensky in Kyiv.</p>';
    const text = document.querySelector('p')!.firstChild!;
    const byActor = new Map([
      ['person/hegseth', [rangeOf(text, 0, 7)]],
      ['person/zelensky', [rangeOf(text, 12, 20)]],
    ]);
    expect(actorsIn(byActor, rangeOf(text, 8, 20))).toEqual(['person/zelensky']);
    expect(actorsIn(byActor, rangeOf(text, 0, 29))).toEqual(['person/hegseth', 'person/zelensky']);
    expect(actorsIn(byActor, rangeOf(text, 21, 28))).toEqual([]);
  });
});
