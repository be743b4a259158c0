/**
 * Re-anchoring on the real pages of the corpus (../shared/corpus, read at run time; the
 * test fails, saying so, where it is absent). Each page's text gets passages of three lengths,
 * then is changed the ways articles change after a note was taken.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { anchorSpan, describeSpan } from '@/utils/anchor';
import { buildTextIndex } from '@/utils/dom/text-index';

const PAGES = join(__dirname, '../../../../shared/corpus/pages');

type Variant = (text: string, start: number, end: number) => { text: string; expected: [number, number] | null };

const INSERTED = 'Update: this article has been revised with new reporting from the region.\n';
const VARIANTS: Record<string, Variant> = {
  'paragraph inserted before': (t, s, e) => ({ text: INSERTED + t, expected: [s + INSERTED.length, e + INSERTED.length] }),
  'one letter changed inside': (t, s, e) => {
    const at = s + ((e - s) >> 1);
    return { text: `${t.slice(0, at)}${t[at] === 'x' ? 'y' : 'x'}${t.slice(at + 1)}`, expected: [s, e] };
  },
  'word inserted inside': (t, s, e) => {
    const at = t.indexOf(' ', s + ((e - s) >> 1));
    return at > s && at < e - 1
      ? { text: `${t.slice(0, at)} very${t.slice(at)}`, expected: [s, e + 5] }
      : { text: t, expected: [s, e] };
  },
  'passage deleted': (t, s, e) => ({ text: t.slice(0, s) + t.slice(e), expected: null }),
};

const LENGTHS = [12, 60, 400];

describe('anchoring on corpus pages', () => {
  it('finds changed passages where they are and leaves deleted ones unplaced', () => {
    if (!existsSync(PAGES)) throw new Error(`The corpus is missing at ${PAGES}: put ../shared next to the repository.`);
    const tally: Record<string, { right: number; wrong: number; missed: number }> = {};
    let runs = 0;
    let total = 0;
    for (const file of readdirSync(PAGES)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      const { document } = parseHTML(readFileSync(join(PAGES, file), 'utf8'));
      const text = buildTextIndex(document.body).text;
      for (const len of LENGTHS) {
        if (text.length < len * 4) continue;
        const start = Math.floor(text.length / 3);
        const end = start + len;
        const selectors = describeSpan(text, start, end);
        for (const [name, variant] of Object.entries(VARIANTS)) {
          const { text: changed, expected } = variant(text, start, end);
          const t0 = performance.now();
          const found = anchorSpan(changed, selectors);
          total += performance.now() - t0;
          runs++;
          const row = (tally[`${name}, ${len} chars`] ??= { right: 0, wrong: 0, missed: 0 });
          if (expected === null) {
            // A deleted passage may still be found where the page repeats it word for word.
            if (!found || changed.includes(selectors[0].exact)) row.right++;
            else row.wrong++;
          } else if (!found) row.missed++;
          else if (Math.abs(found.start - expected[0]) <= 2 && Math.abs(found.end - expected[1]) <= 2) row.right++;
          else row.wrong++;
        }
      }
    }
    console.table(tally);
    console.log(`${runs} anchorings, mean ${(total / runs).toFixed(2)} ms`);
    const sum = (k: 'right' | 'wrong' | 'missed') => Object.values(tally).reduce((a, r) => a + r[k], 0);
    expect(sum('wrong') / runs).toBeLessThan(0.02);
    expect(sum('right') / runs).toBeGreaterThan(0.95);
  });
});
