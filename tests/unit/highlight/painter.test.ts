// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTextIndex } from '@/utils/dom/text-index';
import { createPainter } from '@/utils/highlight/painter';

describe('wrapping painter (no Custom Highlight API)', () => {
  it('wraps painted text in marks and restores the very same nodes', () => {
    document.body.innerHTML = '<p>The <b>Pentagon</b> said Russia and the US talked.</p>';
    const before = document.body.innerHTML;
    const textNodes = [...document.querySelectorAll('p, b')].flatMap((e) => [...e.childNodes]);
    const index = buildTextIndex(document.body);
    const painter = createPainter(document);
    expect(painter.native).toBe(false);
    const at = (s: string) => index.toRange(index.text.indexOf(s), index.text.indexOf(s) + s.length)!;
    painter.paint({ organization: [at('Pentagon')], country: [at('Russia'), at('US')] });
    expect([...document.querySelectorAll('mark')].map((m) => [m.textContent, m.getAttribute('data-dossier')])).toEqual([
      ['Pentagon', 'organization'],
      ['Russia', 'country'],
      ['US', 'country'],
    ]);
    painter.clear();
    expect(document.body.innerHTML).toBe(before);
    const after = [...document.querySelectorAll('p, b')].flatMap((e) => [...e.childNodes]);
    expect(after).toEqual(textNodes);
  });

  it('leaves any DOM exactly as it was after paint and clear (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z ]{1,8}$/);
    const tree = fc.array(fc.tuple(fc.constantFrom('p', 'span', 'i', 'li', 'div'), word, word), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(tree, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 })), { maxLength: 6 }), (parts, spans) => {
        document.body.innerHTML = parts.map(([tag, a, b]) => `<${tag}>${a}<em>${b}</em></${tag}>`).join('');
        const before = document.body.innerHTML;
        const index = buildTextIndex(document.body);
        const ranges = spans
          .map(([s, len]) => [s % Math.max(1, index.text.length), len] as const)
          .map(([s, len]) => index.toRange(s, Math.min(index.text.length, s + len + 1)))
          .filter((r): r is Range => !!r);
        const painter = createPainter(document);
        painter.paint({ person: ranges });
        painter.clear();
        expect(document.body.innerHTML).toBe(before);
      }),
      { numRuns: 200 },
    );
  });
});
