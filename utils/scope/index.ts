/**
 * The article body of a page: where Dossier reads and highlights. Headline, body text and
 * photo captions are in; navigation, bylines, datelines, share bars, related links,
 * comments, ads and footers are out. Cheap enough to run on every page: one query for
 * the usual containers, one pass over paragraphs otherwise.
 */

export interface Scope {
  root: Element;
  /** Elements under `root` to leave out (with their subtree). */
  skip: (el: Element) => boolean;
  /** How the root was chosen, for the popup's "why". */
  reasons: string[];
}

export const SKIP_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'MENU', 'DIALOG', 'ADDRESS', 'NOSCRIPT', 'IFRAME']);
export const SKIP_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alert',
]);
// Class/id words of page furniture; matched as whole words so "header-image" or "shadow" don't trip "ad".
const JUNK =
  /(?:^|[\s_-])(?:nav|navbar|menu|footer|comments?|share|sharing|social|related|recirc|byline|bylines|author|authors|dateline|credits?|promo|advert|advertisement|ads?|adslot|sponsor|newsletter|subscribe|subscription|sidebar|breadcrumbs?|tags|copyright|outbrain|taboola|most-read|popular|trending|paywall|cookie|consent|signup|bio|disclaimer|timestamp|publish-date|meta)(?:$|[\s_-])/i;
const BODY_SELECTORS = ['[itemprop="articleBody"]', 'article', '[role="main"] article', 'main', '[role="main"]'];

/** Page furniture that never holds article text, whatever container it sits in. */
export function isFurniture(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (el.tagName === 'HEADER' && !el.querySelector('h1')) return true;
  if (el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author') return true;
  const marks = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  return marks.length > 1 && JUNK.test(marks);
}

function textLength(el: Element): number {
  let n = 0;
  for (const p of el.querySelectorAll('p')) n += (p.textContent ?? '').length;
  return n;
}

function directTextLength(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) n += (c.nodeValue ?? '').trim().length;
  return n;
}

/**
 * The container whose paragraphs hold the most text (readability's core idea): each
 * `<p>` scores for its parent and half for its grandparent; text written straight into
 * a `<div>` between `<br>`s scores for that div.
 */
function densestParagraphParent(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  const credit = (el: Element | null, len: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + len);
  };
  for (const p of doc.querySelectorAll('p')) {
    const len = (p.textContent ?? '').trim().length;
    if (len < 25) continue;
    credit(p.parentElement, len);
    credit(p.parentElement?.parentElement ?? null, len / 2);
  }
  for (const div of doc.querySelectorAll('div')) {
    const len = directTextLength(div);
    if (len >= 200) credit(div, len);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore && !isFurniture(el)) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

function pickContainer(doc: Document): { el: Element; reason: string } | null {
  for (const selector of BODY_SELECTORS) {
    const candidates = [...doc.querySelectorAll(selector)].filter((el) => !isFurniture(el));
    if (!candidates.length) continue;
    let best = candidates[0];
    let bestLen = textLength(best);
    for (const c of candidates.slice(1)) {
      const len = textLength(c);
      if (len > bestLen) [best, bestLen] = [c, len];
    }
    if (bestLen >= 200) return { el: best, reason: `body in <${best.tagName.toLowerCase()}>` };
  }
  const dense = densestParagraphParent(doc);
  return dense ? { el: dense, reason: 'body found by paragraph density' } : null;
}

function commonAncestor(a: Element, b: Element): Element {
  let node: Element | null = a;
  while (node && !node.contains(b)) node = node.parentElement;
  return node ?? a;
}

/**
 * Chooses the root: the best article container, widened to the headline's nearest
 * common ancestor when the `<h1>` sits just outside it (but never to `<body>` or beyond,
 * where the skip rules would have to carry the whole page). No container: the body.
 */
export function findScope(doc: Document): Scope {
  const body = doc.body ?? doc.documentElement;
  const picked = pickContainer(doc);
  const reasons: string[] = [];
  let root: Element = picked?.el ?? body;
  reasons.push(picked?.reason ?? 'no article container: whole page');
  const h1 = doc.querySelector('h1');
  if (picked && h1 && !root.contains(h1)) {
    const common = commonAncestor(root, h1);
    if (common !== body && common !== doc.documentElement) {
      root = common;
      reasons.push('headline joined to the body');
    }
  }
  const body_ = picked?.el;
  // Never skip the chosen body or an ancestor of it, whatever its class names say.
  return { root, skip: (el) => el !== root && isFurniture(el) && !(body_ && el.contains(body_)), reasons };
}
