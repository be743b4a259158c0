// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPage, shouldAct } from '@/utils/pipeline/read-page';
import { findScope } from '@/utils/scope';
import { DOMAIN_SAMPLE } from '@/utils/detect';
import { guessLanguage } from '@/utils/detect/language';
import { jsonLdTypes } from '@/utils/detect/metadata';

const para = (s: string) => `<p>${s}</p>`;
const BODY = [
  'Defense officials said the military would resume offensive cyber operations against Russia after the talks, a national security adviser confirmed.',
  'The Pentagon and US Cyber Command briefed lawmakers on the sanctions and the ceasefire, diplomats said, as the war entered its fourth year.',
  'Intelligence agencies warned of election interference and espionage, and the foreign minister called for a summit with NATO allies soon.',
  'Troops massed near the border while negotiators discussed a peace deal, and the defense ministry denied any missile strike on the city.',
]
  .map(para)
  .join('');

function page(body: string, head = '') {
  document.documentElement.setAttribute('lang', 'en');
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

describe('scope', () => {
  it('takes headline and body, leaves navigation, byline, share bar and footer out', () => {
    const doc = page(`<nav>Home World Russia</nav><main><article><h1>Pentagon halts cyber operations</h1>
      <p class="byline">By Staff Reporter</p><div class="share-tools">Share on Russia Today</div>${BODY}
      <aside>Related: Russia</aside></article></main><footer>About Us</footer>`);
    const { index } = readPage(doc);
    expect(index.text.startsWith('Pentagon halts cyber operations')).toBe(true);
    for (const junk of ['Home World', 'Staff Reporter', 'Share on', 'Related', 'About Us'])
      expect(index.text).not.toContain(junk);
  });

  it('joins a headline that sits outside the body container', () => {
    const doc = page(
      `<div id="page"><header class="story"><h1>Kremlin warns NATO</h1></header><div class="story-body">${BODY}</div></div>`,
    );
    expect(findScope(doc).root.id).toBe('page');
  });
});

describe('detect', () => {
  it('judges the domain of a book-length page on its first ~8,000 words, and says so', () => {
    const cooking = para(
      'The chef folded the butter into the dough, rested it overnight and baked the loaves until golden. '.repeat(6),
    );
    const filler = cooking.repeat(Math.ceil(DOMAIN_SAMPLE / cooking.length) + 1);
    const late = page(`<article><h1>A long read</h1>${filler}${BODY.repeat(20)}</article>`);
    const decision = readPage(late).decision;
    expect(decision.inDomain).toBe(false);
    expect(decision.reasons.join(' ')).toMatch(/per 1,000 words of the first [\d,]+/);
    const early = page(`<article><h1>A long read</h1>${BODY.repeat(20)}${filler}</article>`);
    expect(readPage(early).decision.inDomain).toBe(true);
  });

  it('flags an in-domain article with metadata, with reasons a reader can follow', () => {
    const doc = page(
      `<article><h1>US halts cyber operations against Russia</h1>${BODY.repeat(3)}</article>`,
      '<meta property="og:type" content="article"><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle"}]}</script>',
    );
    const { decision } = readPage(doc);
    expect(decision).toMatchObject({ isArticle: true, inDomain: true, language: 'en' });
    expect(decision.score).toBeGreaterThanOrEqual(0.9);
    expect(decision.reasons[0]).toBe('NewsArticle metadata');
    expect(decision.reasons.join(' ')).toMatch(/topic terms: .*×/);
    expect(shouldAct(decision)).toBe(true);
    expect(shouldAct(decision, 'off')).toBe(false);
  });

  it('does not flag a link list, an off-topic article, or a non-English article', () => {
    const links = page(
      `<main>${Array.from({ length: 60 }, (_, i) => `<p><a href="/${i}">Russia war sanctions NATO story number ${i} with more words here</a></p>`).join('')}</main>`,
    );
    expect(readPage(links).decision.isArticle).toBe(false);
    const recipe = page(
      `<article><h1>Lemon cake</h1>${para('Whisk the butter and sugar until pale, then fold in the flour and the zest of two lemons, and bake for forty minutes in a warm oven.').repeat(8)}</article>`,
    );
    expect(readPage(recipe).decision).toMatchObject({ isArticle: true, inDomain: false });
    document.documentElement.setAttribute('lang', 'fr');
    const fr = page(
      `<article><h1>La Russie</h1>${para("Le gouvernement a annoncé que les sanctions contre la Russie et les opérations militaires dans la guerre seront discutées avec les alliés de l'OTAN pour la sécurité nationale.").repeat(8)}</article>`,
    );
    const decision = readPage(fr).decision;
    expect(decision.inDomain).toBe(false);
    expect(decision.reasons).toContain('not supported (language: fr)');
  });

  it("does not count a word by its everyday sense: a team's offensive line is not a war offensive", () => {
    const sports = [
      'The offensive line held up well and the offensive coordinator called a balanced game, the coach said after practice on Tuesday.',
      'Our offensive struggles continued in the second half, and the defensive backs gave up two long plays before the final whistle.',
      'The quarterback praised the offensive line again and said the team would watch film before travelling to play the rivals next week.',
    ];
    const war = [
      'Government forces launched a ground offensive on the northern city on Tuesday, officials said, after a week of heavy fighting.',
      'The counteroffensive pushed rebel units back from the river, and the army said it had retaken two villages near the front line.',
      'Commanders said the military offensive would continue until the last rebel positions near the border had fallen, residents fled.',
    ];
    const score = (lines: string[]) =>
      readPage(page(`<article><h1>Report</h1>${lines.map(para).join('')}</article>`)).decision.domain?.score ?? 0;
    expect(score(sports)).toBe(0);
    expect(score(war)).toBeGreaterThan(12);
  });

  it('counts martial law and a coup as the military taking power, not as protests', () => {
    const text = [
      'The president declared martial law late on Tuesday, and soldiers surrounded the parliament building before dawn.',
      'Lawmakers voted to lift martial law hours later, calling the move an attempted coup against the constitution.',
      'Crowds gathered outside, and the ruling party said the martial law order had been a grave mistake by the president.',
    ];
    const { decision } = readPage(page(`<article><h1>Martial law lifted</h1>${text.map(para).join('')}</article>`));
    expect(decision.reasons.join(' ')).toMatch(/military and defence ×[3-9]/);
  });

  it('reads JSON-LD types from arrays and graphs, and survives broken JSON-LD', () => {
    page(
      '',
      '<script type="application/ld+json">[{"@type":["WebPage"]},{"@graph":[{"@type":"ReportageNewsArticle"}]}]</script><script type="application/ld+json">{broken</script>',
    );
    expect(jsonLdTypes(document)).toEqual(['WebPage', 'ReportageNewsArticle']);
  });

  it('guesses the language from stop words', () => {
    expect(
      guessLanguage('the talks were held in the capital and the ministers said that it was a step for the region '.repeat(3)),
    ).toBe('en');
    expect(
      guessLanguage('los ministros dijeron que la reunión fue un paso para la región y que el gobierno de la ciudad '.repeat(3)),
    ).toBe('es');
  });
});
