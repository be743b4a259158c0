/**
 * What a page says about itself: Open Graph type, schema.org JSON-LD types (also inside
 * `@graph` and arrays), `<article>`, publication time.
 */
const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|Report|LiveBlogPosting)$/;

export interface PageMetadata {
  ogArticle: boolean;
  /** The article-like schema.org type found, e.g. "NewsArticle", or null. */
  schemaType: string | null;
  hasArticleElement: boolean;
  hasPublishedTime: boolean;
  /** The `og:title` or `<title>`, for the domain score. */
  title: string;
}

function collectTypes(node: unknown, out: string[], depth = 0): void {
  if (depth > 4 || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) collectTypes(n, out, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  const type = obj['@type'];
  for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') out.push(t);
  if (obj['@graph']) collectTypes(obj['@graph'], out, depth + 1);
  if (obj.mainEntity) collectTypes(obj.mainEntity, out, depth + 1);
}

/** schema.org types declared in JSON-LD; malformed blocks are ignored. */
export function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectTypes(JSON.parse(script.textContent ?? ''), types);
    } catch {
      // A page's broken JSON-LD says nothing about it; other signals decide.
    }
  }
  return types;
}

const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim() ?? '';

export function readMetadata(doc: Document): PageMetadata {
  const schemaType =
    jsonLdTypes(doc).find((t) => ARTICLE_TYPES.test(t)) ??
    (doc.querySelector('[itemtype*="NewsArticle"], [itemtype$="/Article"]') ? 'Article' : null);
  return {
    ogArticle: meta(doc, 'og:type').toLowerCase() === 'article',
    schemaType,
    hasArticleElement: doc.querySelector('article') !== null,
    hasPublishedTime: Boolean(meta(doc, 'article:published_time') || doc.querySelector('time[datetime]')),
    title: meta(doc, 'og:title') || doc.title || '',
  };
}
