/**
 * The story of a page, found thoroughly: where Dossier extracts and highlights, once the
 * cheap per-page scope (./index.ts) has led to a yes (it runs in the reader chunk and the
 * CLI, never in the every-page content script). Headline, standfirst,
 * body paragraphs, subheads, quotes, the story's lists and photo captions are in;
 * navigation, bylines, datelines, credits, share bars, related/more/trending lists, promos,
 * tag lists, author bios, comments, notices and footers are out, wherever they sit.
 *
 * One pass over the page's elements (in reverse document order, so each element's text and
 * link-text lengths add into its parent's) gives every element its size; paragraphs score
 * for their parent and grandparent (readability's idea: text, commas, length), scaled by
 * how little of the container is link text and by its class/id words. The best container's
 * siblings that read like story (scored, or plain paragraphs of sentences, or subheads,
 * figures and lists between two such) join it; the headline joins from outside. Inside,
 * blocks are judged by what they are: furniture tags, roles and class words, link lists,
 * short lines that read as bylines, datelines or credits.
 *
 * Boundary cases: a page with no paragraph of text gets the whole body as root and the
 * reason "no article container: whole page" (detection then says no); the walk is iterative
 * (deep nesting cannot overflow the stack) and linear in the number of nodes.
 */

import { SKIP_ROLES as CHEAP_SKIP_ROLES, SKIP_TAGS as CHEAP_SKIP_TAGS, type Scope } from './index';

// What the cheap scope leaves out, and more: form controls and bare timestamps are never
// story text, and neither is a dialog that asks for an answer.
const SKIP_TAGS = new Set([...CHEAP_SKIP_TAGS, 'SELECT', 'TIME']);
const SKIP_ROLES = new Set([...CHEAP_SKIP_ROLES, 'alertdialog']);
// Class/id words of page furniture; matched as whole words so "header-image" or "shadow" don't trip "ad".
const JUNK =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|footer|comments?|share|sharing|sharebar|social|related|recirc|recirculation|byline|bylines|author|authors|dateline|credits?|promo|advert|advertisement|ads?|adslot|adunit|sponsor|sponsored|newsletter|subscribe|subscription|sidebar|breadcrumbs?|tags|tag-list|topics|copyright|outbrain|taboola|most-read|mostread|popular|trending|paywall|cookie|consent|signup|bio|disclaimer|timestamp|publish-date|date|meta|follow|more-stories|read-more|readmore|recommended|widget|caption-credit|skip)(?:$|[\s_-])/i;
// Class names that hide an element until a script shows it (a gallery's overlay, a slideshow's fallback): whole class names only, as "hidden-xs" hides on phones alone.
const UNSEEN = /(?:^|\s)(?:hidden|is-hidden|hide|d-none|invisible|[\w-]*noscript)(?:\s|$)/i;
const GOOD = /(?:^|[\s_-])(?:article|body|content|entry|main|post|story|text|prose|blog)(?:$|[\s_-])/i;
const UNREAD = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'IFRAME',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
]);
const INLINE = new Set([
  'A',
  'SPAN',
  'EM',
  'STRONG',
  'B',
  'I',
  'U',
  'SMALL',
  'SUB',
  'SUP',
  'MARK',
  'Q',
  'CITE',
  'ABBR',
  'FONT',
  'BR',
  'S',
  'DEL',
  'INS',
]);
const PARAGRAPHS = new Set(['P', 'TD']);
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'TD', 'BLOCKQUOTE']);
const BETWEEN = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'UL', 'OL', 'BLOCKQUOTE', 'TABLE', 'DL', 'PICTURE', 'IMG']);
const LISTS = new Set(['UL', 'OL', 'DL', 'DIV', 'SECTION', 'TABLE', 'FIGURE', 'P', 'LI', 'HEADER', 'ARTICLE']);
// Lines that are bylines ("By Jane Doe"), credits ("Photo: Reuters") or datelines ("Updated 5:32 PM").
const BYLINE = /^\s*(?:by|written by|reporting by|editing by|von|par|por|door|di)\s+\S/i;
const CREDIT =
  /^\s*(?:photo|photos|photograph|image|picture|credit|source|foto|bild|video)s?\s*(?::|by|credit)|(?:getty images|reuters|afp|associated press|ap photo|shutterstock|epa|licensing rights|\/ap)\W*$/i;
const NOTICE = /^\s*(?:©|\(c\)\s*\d{4}|copyright\b|all rights reserved|this (?:article|document|story|material) (?:is|may))/i;
// A date with a clock time, in any language ("segunda-feira, 22 de janeiro de 2018 às 0:13").
const STAMP = /\b(?:19|20)\d\d\b.*\b\d{1,2}[:h]\d\d\b|\b\d{1,2}[:h]\d\d\b.*\b(?:19|20)\d\d\b/;
// Short lines that label furniture rather than tell the story: ad labels, comment prompts,
// headings of recirculation lists, notices for readers without scripts.
const PROMPT =
  /^\s*(?:advert|advertisement|advertising|anzeige|publicidad|publicité|pubblicità|sponsored(?: content)?|paid content|(?:story|article) continues below(?: advertisement)?|continue reading below|join the (?:conversation|discussion|debate)|leave a (?:comment|reply)|post a comment|add (?:a |your )?comment|tell us what you think|have your say|(?:show |view |reader )?comments?(?: \(\d+\))?|\d+ comments?|don'?t miss|read (?:more|next)|also read|see also|related\b.{0,40}|recommended(?: for you)?|you (?:may|might) also like|more (?:on|from|stories|news)\b.{0,30}|most (?:read|popular|viewed)|trending(?: now)?|more\b.{0,30}\b(?:stories|articles|reads)|further reading|up next|watch next|subscribe(?: now)?|sign up|caption|close|back to gallery|view (?:gallery|slideshow)|\d+ (?:\/|of) \d+)\W*$|javascript (?:is )?(?:disabled|required)|(?:requires|enable|turn on) javascript/i;
// Calls to action: sign up, subscribe (a short paragraph of promo inside the story).
const CALL =
  /^\s*subscribe\b|\b(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|inbox|e-?mail|free|today)\b|\bnewsletter\b.{0,60}\b(?:sign up|subscribe|inbox)\b|\bdelivered (?:to your inbox|through your letterbox)/i;
// How to reach the reporter (an e-mail address, a social profile) or who else contributed, or a label and a link.
const CONTACT =
  /\S@\w[\w-]*\.\w|(?<!pic\.)\b(?:twitter|facebook|instagram|linkedin)\.com\/\w|contributed (?:reporting )?to this (?:report|story|article)|^\s*[\p{L} ]{1,20}:\s*https?:\/\/\S+\s*$/iu;
const HEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
const DATELINE =
  /^\s*(?:\d{4}-\d\d-\d\d|(?:updated|published|posted|last updated|modified)\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})/i;

/**
 * Page furniture that never holds article text, whatever container it sits in. Class/id
 * words count only when `small` (a wrapper named "paywall" or "author-x" around most of the
 * story is not furniture).
 */
function isFurniture(el: Element, small = true): boolean {
  if (SKIP_TAGS.has(el.tagName)) return small || el.tagName !== 'FORM';
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (el.tagName === 'HEADER' && !el.querySelector('h1')) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (/(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute('style') ?? '')) return true;
  if (el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author') return true;
  const marks = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  return small && marks.length > 1 && (UNSEEN.test(marks) || (JUNK.test(marks) && !quotesPost(el)));
}

/** An embedded post (a tweet, a social media quote): a blockquote, or a wrapper around one, whatever its class words say. */
const quotesPost = (el: Element) => el.tagName === 'BLOCKQUOTE' || [...el.children].some((c) => c.tagName === 'BLOCKQUOTE');

interface Size {
  /** Characters of text under the element (white space runs counted once). */
  text: number;
  /** Of which inside links. */
  link: number;
  /** Characters written straight into the element or its inline children. */
  inline: number;
  commas: number;
  score: number;
  /** <article> elements under the element, itself excluded. */
  articles: number;
}

function ownText(el: Element, size: Size): void {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== 3) continue;
    const v = c.nodeValue ?? '';
    const t = v.trim().length;
    if (!t) continue;
    size.text += t + 1;
    size.inline += t + 1;
    for (let i = v.indexOf(','); i >= 0; i = v.indexOf(',', i + 1)) size.commas++;
  }
}

/**
 * Blocks of text (all their text inline) that repeat an earlier block word for word: a
 * headline again in a teaser, a caption again in a gallery, a title in page metadata.
 */
function repeats(all: Element[], sizes: Map<Element, Size>): Set<Element> {
  const seen = new Set<string>();
  const out = new Set<Element>();
  for (const el of all) {
    const s = sizes.get(el);
    // A long paragraph said twice is the writer's choice (or a fixture's), not furniture;
    // a long caption said again is a gallery's.
    if (!s || s.text < 15 || s.inline < s.text || (el.tagName === 'P' && s.text >= 100 && !isCaption(el))) continue;
    const p = el.parentElement && sizes.get(el.parentElement);
    if (p && p.inline === p.text) continue;
    // A caption's first 80 characters stand for it: a gallery repeats it cut short ("… more").
    const key = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    if (seen.has(key)) out.add(el);
    else seen.add(key);
  }
  return out;
}

/** A caption by its tag or by its own or its parent's class/id words. */
function isCaption(el: Element): boolean {
  const up = el.parentElement;
  if (up?.tagName === 'FIGCAPTION' || el.tagName === 'FIGCAPTION') return true;
  return [el, up].some((e) => e && /caption/i.test(`${e.id} ${typeof e.className === 'string' ? e.className : ''}`));
}

/** The elements under `root` in document order, walked without recursion (any depth). */
function elementsUnder(root: Element): Element[] {
  const out: Element[] = [];
  let el = root.firstElementChild;
  while (el) {
    out.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      el = el.parentElement;
      if (el === root) el = null;
    }
    el = el?.nextElementSibling ?? null;
  }
  return out;
}

function measure(body: Element, all: Element[]): Map<Element, Size> {
  const sizes = new Map<Element, Size>();
  const get = (el: Element) => {
    let s = sizes.get(el);
    if (!s) sizes.set(el, (s = { text: 0, link: 0, inline: 0, commas: 0, score: 0, articles: 0 }));
    return s;
  };
  for (let i = all.length - 1; i >= -1; i--) {
    const el = i < 0 ? body : all[i];
    const s = get(el);
    if (UNREAD.has(el.tagName)) {
      s.text = s.link = s.inline = s.commas = 0;
    } else {
      ownText(el, s);
      if (el.tagName === 'A') s.link = s.text;
    }
    const parent = el.parentElement;
    if (!parent || el === body) continue;
    const p = get(parent);
    p.text += s.text;
    p.link += s.link;
    p.commas += s.commas;
    p.articles += s.articles + (el.tagName === 'ARTICLE' ? 1 : 0);

    if (INLINE.has(el.tagName)) p.inline += s.text;
  }
  return sizes;
}

/** The share of the page's (or the story's) text above which a block is never furniture by its class words. */
const BIG = 0.4;
/** How close to the best score another container must come to count as a chunk of the same story. */
const CHUNK = 0.5;

/**
 * Whether class words may make `el` furniture: it holds less than `ref` characters, and is
 * not a long, link-poor block that also calls itself content ("entry-content-read-more").
 */
function small(el: Element, s: Size | undefined, ref: number): boolean {
  if (!s) return true;
  if (s.text >= ref) return false;
  return !(s.text >= 500 && density(s) < 0.2 && GOOD.test(`${el.id} ${typeof el.className === 'string' ? el.className : ''}`));
}

const density = (s: Size | undefined) => (s && s.text ? s.link / s.text : 0);

/** How much a container's class/id words and microdata vouch for it (a factor on its score). */
function weight(el: Element): number {
  const marks = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  let w = 1;
  if (GOOD.test(marks)) w *= 1.25;
  if (JUNK.test(marks)) w *= 0.5;
  if (el.getAttribute('itemprop') === 'articleBody') w *= 2;
  return w;
}

/** Whether an element sits in furniture, memoised; the body's own class words don't count. */
function furnitureMemo(body: Element, sizes: Map<Element, Size>): (el: Element | null) => boolean {
  const big = sizes.get(body)!.text * BIG;
  const memo = new Map<Element, boolean>([[body, false]]);
  const inFurniture = (el: Element | null): boolean => {
    const path: Element[] = [];
    let verdict = false;
    for (let e = el; e; e = e.parentElement) {
      const known = memo.get(e);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      path.push(e);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const e = path[i];
      verdict =
        verdict ||
        isFurniture(
          e,
          (sizes.get(e)?.text ?? 0) < big && !GOOD.test(`${e.id} ${typeof e.className === 'string' ? e.className : ''}`),
        );
      memo.set(path[i], verdict);
    }
    return verdict;
  };
  return inFurniture;
}

/** The container with the best paragraph score, or null when no paragraph has text. */
function bestContainer(body: Element, sizes: Map<Element, Size>): Element | null {
  const inFurniture = furnitureMemo(body, sizes);
  const articleOf = articleFinder();
  const scored = new Set<Element>();
  for (const [el, s] of sizes) {
    const tag = el.tagName;
    const len = PARAGRAPHS.has(tag) ? s.text : CONTAINERS.has(tag) ? s.inline : 0;
    if (len < 25 || density(s) > 0.5 || inFurniture(el)) continue;
    const points = 1 + s.commas + Math.min(3, Math.floor(len / 100));
    let level = 0;
    for (let a = PARAGRAPHS.has(tag) ? el.parentElement : el; a && level < 3; a = a.parentElement, level++) {
      const sa = sizes.get(a);
      if (!sa) break;
      scored.add(a);
      sa.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of scored) {
    const s = sizes.get(el)!;
    s.score *= (1 - density(s)) * weight(el) * (isFeed(s) || inFeed(el, sizes, articleOf) ? 0.25 : 1);
    if (s.score > bestScore && !inFurniture(el)) {
      best = el;
      bestScore = s.score;
    }
  }
  // A story cut into chunks: each strong candidate elsewhere (scoring near the best) pulls
  // the root up to their common ancestor, unless that is the whole page or a link list.
  const strong = best ? [...scored].filter((el) => sizes.get(el)!.score >= bestScore * CHUNK && el !== best) : [];
  // A candidate in an <article> of its own (a teaser in a feed), or a feed, is other stories, not a chunk.
  const story = best && articleOf(best);
  for (const el of strong.length < 50 ? strong : []) {
    const common = commonAncestor(best!, el);
    if (common === best || common === el || inFurniture(el)) continue;
    const own = articleOf(el);
    if ((own && own !== story && !own.contains(best!)) || isFeed(sizes.get(el))) continue;
    if (common !== body && density(sizes.get(common)) <= 0.5) best = common;
  }
  // A lone child holds nothing its parent does not: read the parent (its siblings may join).
  while (best && best.parentElement && best.parentElement !== body && best.parentElement.children.length === 1)
    best = best.parentElement;
  return best;
}

const sentences = (el: Element) => /[.!?。"”'’:;)]\s*$/.test(el.textContent ?? '');

/** The nearest <article> holding an element (itself included), or null; memoised per call of findStory (linear on deep pages). */
const articleFinder =
  (articles = new Map<Element, Element | null>()) =>
  (el: Element): Element | null => {
    const path: Element[] = [];
    let found: Element | null = null;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const known = articles.get(e);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (e.tagName === 'ARTICLE') {
        found = e;
        break;
      }
      path.push(e);
    }
    for (const e of path) articles.set(e, found);
    return found;
  };

/** A block holding several articles of its own: a feed of teasers ("you may also like"), not a story. */
const isFeed = (s: Size | undefined) => (s?.articles ?? 0) >= 2;

/** An item of such a feed: in an <article> without a headline inside a block with several more. */
function inFeed(el: Element, sizes: Map<Element, Size>, articleOf: (el: Element) => Element | null): boolean {
  const item = articleOf(el);
  const up = item?.parentElement;
  return !!up && (sizes.get(up)?.articles ?? 0) > 2 && !item!.querySelector('h1, h2');
}

/**
 * The best score down a chain of lone children: a wrapper holds what its only child
 * holds, so the paragraph scores, which reach three levels up, count for it too.
 */
function chainScore(el: Element, sizes: Map<Element, Size>): number {
  let best = sizes.get(el)?.score ?? 0;
  for (let e = el; e.children.length === 1;) {
    e = e.firstElementChild!;
    best = Math.max(best, sizes.get(e)?.score ?? 0);
  }
  return best;
}

/** The siblings of `top` that read like the story, `top` included, in order. */
function storySiblings(top: Element, sizes: Map<Element, Size>): Set<Element> {
  const parent = top.parentElement!;
  const topScore = chainScore(top, sizes);
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = typeof top.className === 'string' ? top.className : '';
  const kids = [...parent.children];
  const story = kids.map((k) => {
    if (k === top) return true;
    const s = sizes.get(k);
    if (!s || !s.text || isFurniture(k) || isFeed(s)) return false;
    const bonus = topClass && k.className === topClass ? topScore * 0.2 : 0;
    if (chainScore(k, sizes) + bonus >= threshold && density(s) < 0.5) return true;
    if (k.tagName !== 'P' && !(CONTAINERS.has(k.tagName) && s.inline >= s.text * 0.9)) return false;
    const d = density(s);
    return (s.text > 80 && d < 0.25) || (s.text <= 80 && d === 0 && sentences(k));
  });
  const first = story.indexOf(true);
  const last = story.lastIndexOf(true);
  const keep = new Set<Element>();
  kids.forEach((k, i) => {
    if (story[i] || (i > first && i < last && BETWEEN.has(k.tagName) && density(sizes.get(k)) < 0.5 && !isFurniture(k)))
      keep.add(k);
  });
  return keep;
}

/** `el` and its ancestors. */
function lineage(el: Element): Set<Element> {
  const out = new Set<Element>();
  for (let e: Element | null = el; e; e = e.parentElement) out.add(e);
  return out;
}

/** The nearest element holding both (linear in the depth, on pages of any depth). */
function commonAncestor(a: Element, b: Element): Element {
  const above = lineage(b);
  let node: Element | null = a;
  while (node && !above.has(node)) node = node.parentElement;
  return node ?? a;
}

/** A short line that reads as a byline, dateline or credit, not as story. */
function isLabelLine(el: Element, s: Size, t: string): boolean {
  if (s.text > 160 || s.inline < s.text || !(LISTS.has(el.tagName) || standsAlone(el))) return false;
  return (
    BYLINE.test(t) ||
    NOTICE.test(t) ||
    CREDIT.test(t) ||
    (s.text < 80 && (DATELINE.test(t) || STAMP.test(t) || !/\p{L}{2}/u.test(t))) ||
    (DATELINE.test(t) && !/[.!?]\s*$/.test(t)) ||
    /^\s*https?:\/\/\S+\s*$/.test(t)
  );
}

/** A short line or heading that labels furniture (an ad, a comment prompt, a related list), or a short call to action. */
function isPrompt(el: Element, s: Size, t: string): boolean {
  if (s.text > 250 || s.inline < s.text || !(LISTS.has(el.tagName) || HEADINGS.has(el.tagName) || standsAlone(el))) return false;
  return (s.text <= 60 && PROMPT.test(t)) || CALL.test(t) || (s.text <= 160 && CONTACT.test(t)) || mostlyAddresses(t);
}

/** Lines that are mostly web addresses written out ("Listen: http://…", "Download: http://…"): where to get it, not the story. */
function mostlyAddresses(t: string): boolean {
  if (!t.includes('://')) return false;
  let n = 0;
  for (const m of t.matchAll(/https?:\/\/\S+/g)) n += m[0].length;
  return n > 0 && n > t.replace(/\s+/g, ' ').trim().length * 0.4;
}

/** A list or a link-heavy block right after a line that labels furniture ("More great stories", "Related"). */
function underPrompt(el: Element, s: Size, sizes: Map<Element, Size>): boolean {
  const prev = el.previousElementSibling;
  const ps = prev && sizes.get(prev);
  if (!ps || !(['UL', 'OL', 'DL'].includes(el.tagName) || density(s) > 0.3)) return false;
  return ps.text <= 60 && ps.inline >= ps.text && PROMPT.test(prev.textContent ?? '');
}

/**
 * A cluster of links set inside a paragraph (a hover card of a person's latest stories):
 * an inline element, not itself a link, of at least three links and almost no other text;
 * the innermost such, so that a name the card hangs on stays read.
 */
function isLinkCluster(el: Element, sizes: Map<Element, Size>, inner = false): boolean {
  const s = sizes.get(el);
  if (!s || !INLINE.has(el.tagName) || el.tagName === 'A' || s.text < 60 || density(s) <= 0.8) return false;
  if (!inner && (!el.parentElement || LISTS.has(el.parentElement.tagName))) return false;
  if (el.querySelectorAll('a').length < 3) return false;
  return inner || ![...el.children].some((c) => isLinkCluster(c, sizes, true));
}

/**
 * An inline element (a span, a bold run) set out as a line of its own: only blocks, line
 * breaks or nothing on either side of it, so it is read like a block (a date, a tag list).
 */
function standsAlone(el: Element): boolean {
  const up = el.parentElement;
  if (!INLINE.has(el.tagName) || !up || !(CONTAINERS.has(up.tagName) || up.tagName === 'CENTER') || up.tagName === 'TD')
    return false;
  const apart = (step: (n: Node) => Node | null) => {
    let n = step(el);
    while (n && (n.nodeType === 8 || (n.nodeType === 3 && !(n.nodeValue ?? '').trim()))) n = step(n);
    return !n || (n.nodeType === 1 && ((n as Element).tagName === 'BR' || !INLINE.has((n as Element).tagName)));
  };
  return apart((n) => n.previousSibling) && apart((n) => n.nextSibling);
}

/**
 * Chooses the root and what to leave out under it. With no paragraph of text the root is
 * the body, with the furniture rules alone.
 */
export function findStory(doc: Document): Scope {
  const body = doc.body ?? doc.documentElement;
  const all = elementsUnder(body);
  const sizes = measure(body, all);
  const top = bestContainer(body, sizes);
  if (!top || top === body) {
    return { root: body, skip: (el) => el !== body && isFurniture(el), reasons: ['no article container: whole page'] };
  }
  const reasons = [
    top.tagName === 'ARTICLE' || top.getAttribute('itemprop') === 'articleBody'
      ? `body in <${top.tagName.toLowerCase()}>`
      : 'body found by paragraph density',
  ];
  const parent = top.parentElement!;
  const siblings = parent === body ? new Set([top]) : storySiblings(top, sizes);
  // Elements on the way down to the kept parts: of these, only kept children (and path
  // elements) are read.
  const spread = siblings.size > 1;
  const base = spread ? parent : top;
  const paths = new Set<Element>(spread ? [parent] : []);
  const kept = new Set<Element>(spread ? siblings : [top]);
  let root = base;
  const h1 = all.find((el) => el.tagName === 'H1');
  if (h1 && !base.contains(h1) && !isFurniture(h1)) {
    const common = commonAncestor(base, h1);
    if (common !== body && common !== doc.documentElement) {
      for (let e = base.parentElement; e && e !== common; e = e.parentElement) paths.add(e);
      for (let e = h1.parentElement; e && e !== common; e = e.parentElement) paths.add(e);
      paths.add(common);
      kept.add(h1);
      root = common;
      reasons.push('headline joined to the body');
    }
  }
  if (siblings.size > 1) reasons.push(`${siblings.size} blocks of story side by side`);
  const big = sizes.get(top)!.text * BIG;
  const again = repeats(all, sizes);
  const aboveTop = lineage(top);
  const skip = (el: Element): boolean => {
    if (el === root) return false;
    const up = el.parentElement;
    if (up && paths.has(up) && !paths.has(el) && !kept.has(el)) return true;
    if (paths.has(el) || el === top) return false;
    if (isFurniture(el, small(el, sizes.get(el), big))) return !aboveTop.has(el);
    const s = sizes.get(el);
    if (!s || !s.text) return false;
    if (
      (LISTS.has(el.tagName) || standsAlone(el)) &&
      density(s) > (el.tagName === 'P' || el.tagName === 'LI' ? 0.8 : 0.5) &&
      !aboveTop.has(el)
    )
      return true;
    // The text of a short all-inline block, read once for the line rules below.
    const t = s.text <= 250 && s.inline >= s.text ? (el.textContent ?? '') : '';
    return (
      (again.has(el) && el !== h1) ||
      isLabelLine(el, s, t) ||
      isPrompt(el, s, t) ||
      isLinkCluster(el, sizes) ||
      underPrompt(el, s, sizes)
    );
  };
  return { root, skip, reasons };
}
