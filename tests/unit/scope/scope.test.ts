// @vitest-environment happy-dom
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/utils/pipeline/read-page';
import { readStory } from '@/utils/pipeline/story';
import { findStory } from '@/utils/scope/story';

const STORY = [
  'Government forces pushed into the northern district on Tuesday, officials said, after a week of shelling that emptied whole villages.',
  'Aid agencies warned that food stocks would run out within days, and the United Nations called for a pause in the fighting to reach civilians.',
  'The defence ministry said its troops had taken two bridges over the river, a claim the rebels denied in a statement posted overnight.',
  'Diplomats in the capital said talks on a ceasefire could resume next week, though neither side has agreed to the terms proposed so far.',
  'Residents who fled described long queues at checkpoints, where soldiers searched cars and questioned men of fighting age for hours.',
];
const story = STORY.map((p) => `<p>${p}</p>`).join('');
const links = (words: string[]) => words.map((w) => `<li><a href="/${w.length}">${w}</a></li>`).join('');

/** Each kind of furniture, as a page might write it, with words that must not be read. */
const FURNITURE: Record<string, { html: string; words: string }> = {
  navigation: { html: `<nav><ul>${links(['World', 'Politics desk', 'Business desk'])}</ul></nav>`, words: 'Politics desk' },
  byline: { html: '<div>By Jane Halloran and Omar Seddiq</div>', words: 'Jane Halloran' },
  dateline: { html: '<div>Updated 5:32 PM GMT, November 19, 2019</div>', words: '5:32 PM' },
  'dateline in another language, a line of its own': {
    html: '<span>segunda-feira, 22 de janeiro de 2018 às 0:13</span>',
    words: '22 de janeiro',
  },
  'tag list in a bold run': {
    html: '<strong>Tags <a href="/a">stock car 2018</a>, <a href="/b">stock car brasil</a>, <a href="/c">interlagos race</a></strong>',
    words: 'stock car brasil',
  },
  credit: { html: '<div>Photo: Karim Sahib/AFP via Getty Images</div>', words: 'Karim Sahib' },
  'agency credit': { html: '<p>Reporting by Lena Ortiz; Editing by Daniel Flynn</p>', words: 'Daniel Flynn' },
  'share bar': { html: `<ul>${links(['WhatsApp Share', 'Facebook Share', 'Email this'])}</ul>`, words: 'WhatsApp Share' },
  'related list': {
    html: `<div><h3>More on World</h3><ul>${links(['Kremlin rejects the peace plan', 'NATO ministers meet in Brussels', 'Sanctions widen on oil'])}</ul></div>`,
    words: 'Kremlin rejects',
  },
  'trending list': {
    html: `<section class="trending"><h2>Most read</h2><ol>${links(['Storm hits the coast', 'Markets fall again', 'Election results'])}</ol></section>`,
    words: 'Storm hits',
  },
  'related videos': {
    html: '<div class="video-playlist related"><p>Watch: Abdallah Purchase Licensing Rights explains the border crossing in a short film</p></div>',
    words: 'Abdallah Purchase',
  },
  newsletter: {
    html: '<div class="newsletter-signup"><p>Sign up for the Morning Brief, our daily newsletter with the news you need to start your day.</p></div>',
    words: 'Morning Brief',
  },
  'tag list': { html: `<ul class="tags">${links(['Conflict', 'Humanitarian aid', 'Refugees'])}</ul>`, words: 'Humanitarian aid' },
  'author bio': {
    html: '<div class="author-bio"><p>Jane Halloran is a correspondent covering conflict and diplomacy from the region since 2015.</p></div>',
    words: 'correspondent covering',
  },
  comments: {
    html: '<section id="comments"><p>Harold Finch wrote: this is the worst reporting I have ever seen, and I have read a lot of it over the years.</p></section>',
    words: 'Harold Finch',
  },
  'cookie notice': {
    html: '<div class="cookie-consent"><p>We use cookies to improve your experience on our site and to show you relevant advertising.</p></div>',
    words: 'We use cookies',
  },
  'paywall notice': {
    html: '<div class="paywall"><p>You have read three free articles this month. Subscribe now for unlimited access to all stories.</p></div>',
    words: 'free articles',
  },
  footer: { html: '<footer><p>© 2019 The Daily Example. All rights reserved.</p></footer>', words: 'Daily Example' },
  'newsletter call to action in a bold paragraph': {
    html: "<p><strong>There's plenty more where that came from. Sign up for the Morning Note today to get the free daily newsletter.</strong></p>",
    words: 'Morning Note',
  },
  'slideshow fallback for readers without scripts': {
    html: '<p class="jetpack-slideshow-noscript">This slideshow requires JavaScript.</p>',
    words: 'slideshow requires',
  },
};

function page(body: string): Document {
  document.documentElement.setAttribute('lang', 'en');
  document.head.innerHTML = '';
  document.body.innerHTML = body;
  return document;
}

const read = (doc: Document) => readStory(doc).index.text;

describe('scope: furniture is left out wherever it sits', () => {
  for (const [kind, { html, words }] of Object.entries(FURNITURE)) {
    it(`${kind}, inside <article>`, () => {
      const text = read(
        page(`<main><article><h1>Troops cross the river</h1>${html}<div class="story">${story}</div></article></main>`),
      );
      expect(text).toContain(STORY[0]);
      expect(text).toContain(STORY[4]);
      expect(text).not.toContain(words);
    });
    it(`${kind}, after the story, outside <article>`, () => {
      const text = read(page(`<div><article><h1>Troops cross the river</h1>${story}</article>${html}</div>`));
      expect(text).toContain(STORY[0]);
      expect(text).not.toContain(words);
    });
  }
});

/** Furniture written inside the story's own container, between its paragraphs. */
const AMID: Record<string, { html: string; words: string }> = {
  'ad label': { html: '<div class="slot">Advertisement</div>', words: 'Advertisement' },
  'a list under a "more stories" heading, its items more than links': {
    html: '<div class="heading-h3">More Great Desk Stories</div><ul><li><a href="/1">The strange life</a> of a coder and his mysterious death</li><li><a href="/2">How to opt out</a> of brokers that sell your home address</li></ul>',
    words: 'strange life',
  },
  'an ad label centred above the slot': {
    html: '<div class="x5q"><center><span style="font-size:0.7em">Advert</span><br></center></div>',
    words: 'Advert',
  },
  'where to listen, as addresses written out': {
    html: '<p>How to listen to the podcast<br>Listen: http://example.com/ep615<br>Download: http://example.com/ep615-download</p>',
    words: 'How to listen',
  },
  'comment prompt heading': { html: '<h3>Join the conversation...</h3>', words: 'Join the conversation' },
  'related-list heading': { html: "<h3>DON'T MISS</h3>", words: 'MISS' },
  "a caption's Caption and Close buttons written as text": {
    html: '<div><p>Families wait at a checkpoint outside the district.</p><div>Caption</div><div>Close</div></div>',
    words: 'Close',
  },
  'how to reach the reporter': {
    html: '<p>Reach the reporter on Twitter at http://twitter.com/lortiz_news</p><p>lena.ortiz@example.com</p>',
    words: 'Reach the reporter',
  },
  'who else contributed': { html: '<p><em>Omar Seddiq contributed to this report.</em></p>', words: 'Omar Seddiq' },
  'a related line naming a roundup': { html: '<p><strong>Related Roundup: Laptops</strong></p>', words: 'Roundup' },
  'gallery overlay hidden until a script shows it': {
    html: '<div class="gallery-overlay hidden"><div>Back to Gallery</div><div>Esper accuses Beijing of intimidating smaller nations.</div></div>',
    words: 'Back to Gallery',
  },
};

describe("scope: furniture amid the story's paragraphs is left out", () => {
  for (const [kind, { html, words }] of Object.entries(AMID)) {
    it(kind, () => {
      const text = read(
        page(`<article><h1>Troops cross the river</h1><div class="story">${story}${html}${story}</div></article>`),
      );
      expect(text.split(STORY[4]).length - 1).toBe(2);
      expect(text).not.toContain(words);
    });
  }
});

describe('scope: a hover card of links set inside a paragraph', () => {
  it('leaves out the card and keeps the name it hangs on', () => {
    const card = `<span class="person"><a href="/p/noem">Kristi Noem</a><span class="card"><span><img src="k.jpg"><a href="/p/noem">Kristi Lynn Noem</a>
      <a href="/s/1">Governor doubles down on the anti-drug campaign</a> <a href="/s/2">State drops pipeline protest laws</a> <a href="/p/noem">MORE</a></span></span></span>`;
    const text = read(
      page(
        `<article><h1>Troops cross the river</h1>${story}<p>The governor, ${card}, defended the campaign on Monday, saying the backlash proved it worked.</p>${story}</article>`,
      ),
    );
    expect(text).toContain('Kristi Noem');
    expect(text).toContain('defended the campaign');
    expect(text).not.toContain('pipeline protest');
  });
});

describe('scope: what belongs to the story is read', () => {
  it("reads headline, standfirst, subheads, quotes, the story's list and captions", () => {
    const text = read(
      page(`<article><h1>Troops cross the river</h1><p class="standfirst">A week of shelling emptied whole villages, and aid is running out.</p>
      ${story}<h2>Talks stall</h2><blockquote><p>We will not give up the bridges, the commander told reporters at the front line.</p></blockquote>
      <ul><li>Two bridges taken by government forces</li><li>Thousands displaced towards the border</li></ul>
      <figure><img src="x.jpg"><figcaption>Families wait at a checkpoint outside the district.</figcaption></figure>${story}</article>`),
    );
    for (const part of [
      'Troops cross the river',
      'A week of shelling',
      'Talks stall',
      'We will not give up',
      'Two bridges taken',
      'Families wait at a checkpoint',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('reads an embedded post, whatever class words its wrapper has', () => {
    const tweet =
      '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Yes this is real and the state spent half a million on it</p>— Dianna Anders (@dianders) November 18, 2019</blockquote></div>';
    const text = read(
      page(`<article><h1>Troops cross the river</h1><div class="story">${story}${tweet}${story}</div></article>`),
    );
    expect(text).toContain('Yes this is real');
  });

  it('reads a long paragraph that mentions signing up, and a block hidden only on phones', () => {
    const signup = `Volunteers who sign up at the border post are sent to the camps the same day, and the agency said free meals would be handed out from today to everyone registered, ${STORY[1]}`;
    const text = read(
      page(
        `<article><h1>Troops cross the river</h1>${story}<p>${signup}</p><div class="hidden-xs"><p>${STORY[3]} ${STORY[2]}</p></div></article>`,
      ),
    );
    expect(text).toContain('Volunteers who sign up');
    expect(text.split(STORY[3]).length - 1).toBe(2);
  });

  it('finds the story on a list-heavy page (menus, teasers and link lists outweigh it)', () => {
    const teasers = Array.from(
      { length: 40 },
      (_, i) => `<li><a href="/s/${i}">Story number ${i} about the markets and the weather today</a></li>`,
    ).join('');
    const doc = page(`<div class="page"><ul class="menu">${teasers}</ul><div class="col"><ul>${teasers}</ul></div>
      <div class="content"><h1>War reaches the river</h1>${story}${story}${story}</div><div class="col"><ul>${teasers}</ul></div></div>`);
    const text = read(doc);
    expect(text).toContain('War reaches the river');
    expect(text).toContain(STORY[2]);
    expect(text).not.toContain('Story number');
    expect(readPage(doc).decision.isArticle).toBe(true);
  });

  it('reads a story cut into chunks between ads, and leaves the ads out', () => {
    const chunk = () => `<div class="chunk"><div class="body">${story}</div><div class="ad-slot">Advertisement</div></div>`;
    const text = read(page(`<article><h1>Troops cross the river</h1>${chunk()}${chunk()}${chunk()}</article>`));
    expect(text.split(STORY[0]).length - 1).toBe(3);
    expect(text).not.toContain('Advertisement');
  });

  it('leaves out a feed of teaser articles beside the story, even when the feed outweighs it', () => {
    const teaser = (i: number) => `<article class="post"><p>Teaser ${i}: ${STORY[i % 5]} ${STORY[(i + 1) % 5]}</p></article>`;
    const doc =
      page(`<div class="col"><article class="post"><h1>Troops cross the river</h1><p>${STORY[0]} ${STORY[1]}</p></article>
      <section><h3>You may also like</h3>${[1, 2, 3, 4, 5, 6].map(teaser).join('')}</section></div>`);
    const text = read(doc);
    expect(text).toContain('Troops cross the river');
    expect(text).toContain(STORY[1]);
    expect(text).not.toContain('Teaser');
  });

  it("leaves out a date line and a tag list set out as lines of their own among the story's paragraphs, in any language", () => {
    const text = read(
      page(`<article><h1>Troops cross the river</h1><span>segunda-feira, 22 de janeiro de 2018 às 0:13</span>${story}
      <strong>Tags <a href="/a">stock car 2018</a>, <a href="/b">stock car brasil</a>, <a href="/c">interlagos race</a></strong></article>`),
    );
    expect(text).toContain(STORY[4]);
    expect(text).not.toContain('22 de janeiro');
    expect(text).not.toContain('stock car brasil');
  });

  it('leaves out a metadata line that opens with a date, on a line of its own in a story written with line breaks', () => {
    const text = read(
      page(`<div class="col"><p>Troops cross the river</p><small><b>05/10/2018</b> - Publicado por: Clarissa Borba - Categoria: <a href="/c">Mundo</a></small><br>
      ${STORY.join('<br><br>')}</div>`),
    );
    expect(text).toContain(STORY[4]);
    expect(text).not.toContain('Clarissa Borba');
  });

  it('reads a gallery caption once when the gallery repeats it cut short', () => {
    const long =
      'Defence ministers shake hands in the capital on Wednesday, at the start of a visit meant to strengthen military ties between the two countries.';
    const text = read(
      page(
        `<article><h1>Troops cross the river</h1><div class="gallery"><div>${long}</div><div>${long.slice(0, 100)}… more</div></div>${story}</article>`,
      ),
    );
    expect(text.split('Defence ministers shake hands').length - 1).toBe(1);
    expect(text).toContain(STORY[4]);
  });

  it("joins a later chunk of the story wrapped as deep as the first (the wrappers' only children hold its score)", () => {
    const wrap = (inner: string) => `<div class="chunk"><section><div><div class="prose">${inner}</div></div></section></div>`;
    const tail = [
      'Later in the week, the ceasefire held along most of the line, though both sides reported sporadic fire near the bridges.',
      'Officials said a second round of talks would open in the capital, with observers from neighbouring states invited to attend.',
    ];
    const text = read(
      page(
        `<div class="post"><h1>Troops cross the river</h1>${wrap(story + story)}<figure><img src="a.jpg"></figure>${wrap(tail.map((p) => `<p>${p}</p>`).join(''))}</div>`,
      ),
    );
    expect(text).toContain(STORY[4]);
    expect(text).toContain(tail[1]);
  });

  it('reads a long gallery caption once, however often the gallery repeats it', () => {
    const caption =
      '<div class="wp-caption"><p class="wp-caption-text">The festival stage in the park, where the troupe performed the court dances for a crowd of several thousand.</p></div>';
    const text = read(
      page(`<article><h1>Troops cross the river</h1>${STORY.map((p) => `<p>${p}</p>${caption}`).join('')}</article>`),
    );
    expect(text.split('The festival stage').length - 1).toBe(1);
    expect(text).toContain(STORY[4]);
  });

  it('keeps the story in a wrapper whose class words name furniture (a paywall around the whole story)', () => {
    const text = read(
      page(
        `<div class="paywall author-jane"><h1>Troops cross the river</h1>${story}${story}</div><div class="sidebar">Sidebar text here</div>`,
      ),
    );
    expect(text).toContain(STORY[3]);
    expect(text).not.toContain('Sidebar text');
  });
});

/** A page parsed the way the CLI parses it (linkedom walks any depth without recursion). */
const parsed = (body: string) =>
  parseHTML(`<!doctype html><html lang="en"><head></head><body>${body}</body></html>`).document as unknown as Document;

describe('scope: bad input gets a clear decision, no exception, in bounded time', () => {
  it('a page with no body text: "not an article"', () => {
    const doc = page('<div><img src="a.png"></div>');
    expect(readStory(doc).index.text).toBe('');
    const { decision } = readPage(doc);
    expect(findStory(doc).reasons).toEqual(['no article container: whole page']);
    expect(decision.isArticle).toBe(false);
    expect(decision.reasons.join(' ')).toMatch(/not an article|too little running prose/);
  });

  it('a body of only links: "not an article"', () => {
    const doc = page(
      `<main>${Array.from({ length: 300 }, (_, i) => `<p><a href="/${i}">A headline about the war and the talks, number ${i}</a></p>`).join('')}</main>`,
    );
    expect(readPage(doc).decision.isArticle).toBe(false);
  });

  it('100,000 paragraphs: a decision, text bounded by the read limit', () => {
    const doc = parsed(
      `<article><h1>Long</h1>${'<p>The talks went on late into the night, and the ministers said little.</p>'.repeat(100_000)}</article>`,
    );
    const { index, decision } = readPage(doc);
    expect(index.text.length).toBeLessThan(500_000);
    expect(typeof decision.isArticle).toBe('boolean');
    expect(readStory(doc).index.text.length).toBeLessThan(500_000);
  });

  it('tables nested 5,000 deep: no stack overflow, a decision', () => {
    const depth = 5_000;
    const doc = parsed(`${'<table><tr><td>'.repeat(depth)}<p>${STORY[0]}</p>${'</td></tr></table>'.repeat(depth)}`);
    const { decision } = readPage(doc);
    expect(decision.isArticle).toBe(false);
    expect(decision.reasons.join(' ')).toMatch(/not an article|too little running prose/);
    expect(readStory(doc).index.text).toContain(STORY[0]);
  });
});
