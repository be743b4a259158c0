// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTextIndex } from '@/utils/dom/text-index';
import { extract } from '@/utils/extract';
import { extractionRanges } from '@/utils/highlight/ranges';

const WORDS = [
  'Pete Hegseth',
  'Hegseth',
  'the Pentagon',
  'Russia',
  'US Cyber Command',
  'Ukrainian President Zelensky',
  'NATO',
  'said',
  'that',
  'sanctions',
  'on',
  'Monday',
  'cyber operations',
  'the talks',
  'in Kyiv and Moscow',
  'APT28',
  'officials',
];

/** Splits a text at random points into inline elements, the way pages wrap links and emphasis. */
const markup = (text: string, cuts: number[], tags: string[]) => {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  let html = '';
  let last = 0;
  points.forEach((p, i) => {
    html += `<${tags[i % tags.length]}>${text.slice(last, p)}</${tags[i % tags.length]}>`;
    last = p;
  });
  return html + text.slice(last);
};

describe('mention ranges', () => {
  it('are exact inside one very long text node (a page that writes its whole story as one string)', () => {
    const sentence = 'Officials in Kyiv said Russia and NATO met   in Brussels, and the Pentagon\nwas told. ';
    document.body.innerHTML = '<p></p>';
    document.querySelector('p')!.append(document.createTextNode(sentence.repeat(4_000)));
    const index = buildTextIndex(document.body);
    const extraction = extract(index.text);
    const { paint } = extractionRanges(index, extraction);
    const ranges = [...paint.country!, ...paint.organization!];
    const surfaces = [...extraction.actors].flatMap((a) =>
      a.type === 'country' || a.type === 'organization' ? a.mentions.map((m) => m.surface) : [],
    );
    expect(ranges.length).toBe(surfaces.length);
    expect(ranges.length).toBeGreaterThanOrEqual(3 * 4_000);
    for (const r of ranges) expect(surfaces).toContain(r.toString());
    expect(ranges.filter((r) => r.toString() === 'Pentagon')).toHaveLength(4_000);
  });

  it('are right beside right-to-left text and inside bidi-isolated names', () => {
    document.body.innerHTML =
      '<p dir="rtl" lang="ar">قالت وزارة الخارجية إن المحادثات ستستمر</p>' +
      '<p>Officials in <bdi>Tehran</bdi> said <span dir="rtl">إيران</span> and Russia would talk; Iran denied it.</p>';
    const index = buildTextIndex(document.body);
    const extraction = extract(index.text);
    const { byActor } = extractionRanges(index, extraction);
    expect(byActor.get('country/russia')?.map((r) => r.toString())).toEqual(['Russia']);
    expect(byActor.get('country/iran')?.map((r) => r.toString())).toEqual(['Iran']);
  });

  it('cover exactly the surface strings the extractor reports, however the text is wrapped (property)', () => {
    const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 12 }).map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(sentence, fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom('p', 'li', 'div')), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.array(fc.constantFrom('a', 'em', 'span', 'b'), { minLength: 1, maxLength: 3 }),
        (blocks, tags) => {
          document.body.innerHTML = blocks
            .map(([text, cuts, block]) => `<${block}>${markup(text, cuts, tags)}</${block}>`)
            .join('\n');
          const index = buildTextIndex(document.body);
          const extraction = extract(index.text);
          const { byActor, paint } = extractionRanges(index, extraction);
          for (const actor of extraction.actors) {
            expect(byActor.get(actor.id)!.map((r) => r.toString().replace(/\s+/g, ' '))).toEqual(
              actor.mentions.map((m) => m.surface),
            );
          }
          const topics = extraction.topics.flatMap((t) => t.mentions.map((m) => m.surface));
          expect((paint.topic ?? []).map((r) => r.toString().replace(/\s+/g, ' '))).toEqual(topics);
        },
      ),
      { numRuns: 150 },
    );
  });
});
