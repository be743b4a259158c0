/**
 * Hypothesis-style selectors (raw page text: source indentation, nothing between two
 * paragraphs, raw positions) anchor where they were made: a hand-made file, then the
 * 300/75 corpus cases of `npm run eval:anchors` (../shared read at run time; the test
 * fails, saying so, where it is absent).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { anchorSpan } from '@/utils/anchor';
import { buildTextIndex } from '@/utils/dom/text-index';
import { parseImport } from '@/utils/export/import';
import { PAGES } from '../../../scripts/eval/data';
import { buildForeignCases, evalForeignAnchors } from '../../../scripts/eval/foreign-anchors';

const FILE = join(__dirname, '../../fixtures/imports/hypothesis-raw-whitespace.json');

describe('Hypothesis selectors with raw white space', () => {
  const { document } = parseHTML(`<html><body>
    <article>
      <h1>Talks resume</h1><p>The envoy said the
          talks would resume<br>next week.</p><p>Officials in Kyiv
      declined to comment.</p>
      <p>The envoy said the talks would resume soon.</p>
    </article></body></html>`);
  const text = buildTextIndex(document.body).text;

  it('imports them collapsed as the text index collapses white space, and anchors each on its passage', () => {
    const parsed = parseImport(readFileSync(FILE, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const spans = parsed.data.notes.map((n) => {
      const a = anchorSpan(text, n.selectors!);
      return a && text.slice(a.start, a.end);
    });
    expect(parsed.data.notes[0]!.quote).toBe('The envoy said the talks would resume');
    expect(spans).toEqual([
      'The envoy said the talks would resume',
      'next week.\nOfficials in Kyiv declined',
      'Talks resume\nThe envoy',
    ]);
    // The first passage, not the copy in the last paragraph with the same words.
    const first = anchorSpan(text, parsed.data.notes[0]!.selectors!)!;
    expect(first.start).toBe(text.indexOf('The envoy said'));
  });
});

describe('Hypothesis selectors on corpus pages', () => {
  it('anchor at least 295 of 300 passages and 72 of 75 across a paragraph break, exactly where they were made', () => {
    if (!existsSync(PAGES)) throw new Error(`The corpus is missing at ${PAGES}: put ../shared next to the repository.`);
    const tally = evalForeignAnchors(buildForeignCases());
    console.table(tally);
    expect(tally['within after'].total).toBe(300);
    expect(tally['across after'].total).toBe(75);
    expect(tally['within after'].right).toBeGreaterThanOrEqual(295);
    expect(tally['across after'].right).toBeGreaterThanOrEqual(72);
  }, 300_000);
});
