import { describe, expect, it } from 'vitest';
import { anchorSpan, describeSpan } from '@/utils/anchor';
import { editDistance } from '@/utils/anchor/match-quote';

const ORIGINAL =
  'The order from Hegseth to halt operations against Russia by the US Cyber Command is seen as a retreat.\n' +
  'Observers are closely monitoring the impact that this decision will have on US relations with Russia.';
const QUOTE = 'halt operations against Russia';

function noteOn(text: string, quote: string) {
  const start = text.indexOf(quote);
  return describeSpan(text, start, start + quote.length);
}

const anchored = (text: string, selectors: ReturnType<typeof noteOn>) => {
  const a = anchorSpan(text, selectors);
  return a && { text: text.slice(a.start, a.end), method: a.method };
};

describe('describeSpan', () => {
  it('keeps 32 characters of context each side and the position', () => {
    const [quote, position] = noteOn(ORIGINAL, QUOTE);
    expect(quote.exact).toBe(QUOTE);
    const at = ORIGINAL.indexOf(QUOTE);
    expect(quote.prefix).toBe(ORIGINAL.slice(Math.max(0, at - 32), at));
    expect(quote.suffix).toHaveLength(32);
    expect(ORIGINAL.slice(position.start, position.end)).toBe(QUOTE);
  });

  it('clamps offsets at the ends of the text', () => {
    const [quote, position] = describeSpan('short', -5, 99);
    expect(quote).toMatchObject({ exact: 'short', prefix: '', suffix: '' });
    expect(position).toMatchObject({ start: 0, end: 5 });
  });
});

describe('anchorSpan', () => {
  const selectors = noteOn(ORIGINAL, QUOTE);

  it('finds an unchanged passage exactly', () => {
    expect(anchored(ORIGINAL, selectors)).toEqual({ text: QUOTE, method: 'exact' });
  });

  it('survives a paragraph inserted before it', () => {
    expect(anchored(`A new first paragraph about something else entirely.\n${ORIGINAL}`, selectors)).toEqual({
      text: QUOTE,
      method: 'exact',
    });
  });

  it('picks the right copy of a duplicated quote by its context', () => {
    const text = `Critics urged him to halt operations against Russia at once.\n${ORIGINAL}`;
    const a = anchorSpan(text, selectors)!;
    expect(a.method).toBe('context');
    expect(a.start).toBe(text.indexOf(QUOTE, 30));
  });

  it('follows a typo fixed inside the quote (fuzzy)', () => {
    const typo = ORIGINAL.replace('operations', 'operatoins');
    const fixed = ORIGINAL;
    const a = anchored(fixed, noteOn(typo, 'halt operatoins against Russia'));
    expect(a).toEqual({ text: QUOTE, method: 'fuzzy' });
  });

  it('follows white space and markup changes that reach the text', () => {
    const changed = ORIGINAL.replace('against Russia by', 'against  Russia\nby');
    expect(anchored(changed, selectors)).toEqual({ text: 'halt operations against  Russia', method: 'spacing' });
  });

  it('reports a deleted passage as unplaceable (null), never somewhere wrong', () => {
    expect(anchorSpan(ORIGINAL.replace(QUOTE, 'pause'), selectors)).toBeNull();
  });

  it('handles unicode and falls back to the position when there is no quote', () => {
    const text = 'Зеленский встретился с Трампом — 会谈 🇺🇦 продолжились.';
    expect(anchored(text, noteOn(text, '会谈 🇺🇦'))).toEqual({ text: '会谈 🇺🇦', method: 'exact' });
    expect(anchorSpan(text, [{ type: 'TextPositionSelector', start: 0, end: 9 }])).toEqual({
      start: 0,
      end: 9,
      method: 'position',
    });
    expect(anchorSpan(text, [{ type: 'TextPositionSelector', start: 0, end: 999 }])).toBeNull();
  });

  it('finds a short quote with a word inserted, between its unchanged prefix and suffix', () => {
    const sel = noteOn(ORIGINAL, 'halt operations');
    const text = ORIGINAL.replace('halt operations', 'halt all operations');
    expect(anchored(text, sel)).toEqual({ text: 'halt all operations', method: 'fuzzy' });
  });

  it('prefers the edited passage in its context over a verbatim copy elsewhere', () => {
    const sel = noteOn(ORIGINAL, 'US relations');
    const text = `Analysts discussed US relations in general.
${ORIGINAL.replace('US relations', 'U.S. relations')}`;
    expect(anchored(text, sel)).toEqual({ text: 'U.S. relations', method: 'fuzzy' });
  });

  it('still finds a verbatim passage whose surroundings were rewritten', () => {
    const sel = noteOn(ORIGINAL, QUOTE);
    const text = `Entirely new framing: a decision to ${QUOTE}, critics say, came without warning.`;
    expect(anchored(text, sel)).toEqual({ text: QUOTE, method: 'exact' });
  });

  it('does not attach a short quote to a look-alike elsewhere when the passage is gone', () => {
    const sel = noteOn(ORIGINAL, 'halt operations');
    const text = `${ORIGINAL.replace('halt operations', '')}
They want to halt cooperations soon.`;
    expect(anchorSpan(text, sel)).toBeNull();
  });
});

describe('anchorSpan on a page that says a passage twice', () => {
  it("keeps the reader's own copy, edited in place, over a verbatim copy with the same surroundings", () => {
    const para = 'Menu: World, Politics, Business, Opinion, Sport, Culture and more. ';
    const text = `${para}Story text here. ${para}`;
    const start = para.indexOf('Business');
    const sel = describeSpan(text, start, start + 'Business'.length);
    const edited = text.slice(0, start) + 'Businesz' + text.slice(start + 8);
    expect(anchorSpan(edited, sel)).toMatchObject({ start, end: start + 8 });
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, and stops past the cap', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
