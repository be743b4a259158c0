import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { buildTextIndex } from '@/utils/dom/text-index';
import { anchorSpan, describeSpan } from '@/utils/anchor';
it('bench', () => {
  const dir = '/work/shared/corpus/pages';
  const files = readdirSync(dir);
  let total = 0, n = 0, wrong = 0, nulls = 0, maxMs = 0;
  for (const f of files) {
    const { document } = parseHTML(readFileSync(`${dir}/${f}`, 'utf8'));
    const text = buildTextIndex(document.body).text;
    for (const len of [12, 60, 400]) {
      if (text.length < len * 3) continue;
      const s = Math.floor(text.length / 3);
      const sel = describeSpan(text, s, s + len);
      const quote = sel[0].exact;
      const gone = text.slice(0, s) + text.slice(s + len);
      const t0 = performance.now(); const a = anchorSpan(gone, sel); const ms = performance.now() - t0;
      total += ms; n++; maxMs = Math.max(maxMs, ms);
      if (!a) nulls++;
      else if (!gone.includes(quote)) { wrong++; console.log('anchored deleted', f, len, a.method, JSON.stringify(quote.slice(0,60)), '->', JSON.stringify(gone.slice(a.start, a.end).slice(0,60))); }
    }
  }
  console.log(`deleted quotes: ${n}, null ${nulls}, wrongly anchored ${wrong}, mean ${(total/n).toFixed(1)} ms, max ${maxMs.toFixed(1)} ms`);
});
