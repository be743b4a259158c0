import { describe, expect, it } from 'vitest';
import { plainReasons } from '@/components/page/plain-reasons';
import type { Decision } from '@/utils/model/page';

const decision = (over: Partial<Decision>): Decision => ({
  isArticle: true,
  inDomain: true,
  score: 0.9,
  reasons: [],
  language: 'en',
  ...over,
});

describe('the Why? panel in plain words', () => {
  it('names the topics the page shows, without the tally whose counts would disagree with the Topics line', () => {
    const why = plainReasons(
      decision({
        reasons: [
          'NewsArticle metadata',
          '812 words of body text',
          'topic terms: diplomacy and summits ×4, military and defence ×4',
          'domain score 119.6 per 1,000 words (needs 12.0)',
        ],
      }),
      ['Diplomacy and summits', 'Sanctions'],
    );
    expect(why.plain).toEqual([
      'This page is an article, and says so itself.',
      'It is about geopolitics or security: it speaks of diplomacy and summits and sanctions.',
    ]);
    expect(why.plain.join(' ')).not.toMatch(/\d/);
    expect(why.details).toEqual([
      'NewsArticle metadata',
      '812 words of body text',
      'domain score 119.6 per 1,000 words (needs 12.0)',
    ]);
  });

  it("falls back on the tally's names when nothing is marked, and says what to do", () => {
    const why = plainReasons(
      decision({
        isArticle: false,
        inDomain: false,
        reasons: [
          '90 words of body text',
          'link density 0.70',
          'not an article page',
          'topic terms: sanctions ×1',
          'domain score 3.0 per 1,000 words (needs 12.0)',
        ],
      }),
      [],
    );
    expect(why.plain).toEqual([
      'This page is mostly links, like a front page or a list, not one article.',
      'It touches on sanctions, but too rarely for a story about geopolitics or security.',
      'If Dossier is wrong, switch it on for this page or this site below.',
    ]);
  });

  it('explains the economy, language and no-topic cases, and passes unknown reasons to the details', () => {
    expect(
      plainReasons(decision({ inDomain: false, reasons: ['mostly about the economy (30.0 economy words per 1,000)'] }), [])
        .plain[1],
    ).toMatch(/economy/);
    expect(plainReasons(decision({ inDomain: false, reasons: ['not supported (language: fr)'] }), []).plain[1]).toMatch(
      /language .*\(fr\)/,
    );
    const none = plainReasons(decision({ inDomain: false, reasons: ['no topic terms', 'read from <main>'] }), []);
    expect(none.plain[1]).toMatch(/None of Dossier’s subjects/);
    expect(none.details).toEqual(['read from <main>']);
  });
});
