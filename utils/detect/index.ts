/**
 * The decision on every page: is its main content an article (metadata + a
 * readability-style check of the scoped text), and is it about Dossier's subjects
 * (domain score)? Runs before any extraction; reasons are shown to the reader.
 */
import type { TextIndex } from '@/utils/dom/text-index';
import type { Scope } from '@/utils/scope';
import type { Decision } from '@/utils/model/page';
import { readMetadata } from './metadata';
import { pageLanguage } from './language';
import { domainEvidence, isInDomain } from './domain';

export type { Decision };

export interface DetectOptions {
  /** -1 (strict) … 0 (default) … 1 (eager): shifts the domain threshold. */
  sensitivity?: number;
}

/** Weighted domain hits per thousand words at which a page counts as in the domain. */
export const DOMAIN_THRESHOLD = 12;

/**
 * How much of the text the domain score reads: some 8,000 words, far more than a decision
 * needs. A book-length page is judged on its beginning, so the decision costs about the
 * same on every page and only the extractor pays for length.
 */
export const DOMAIN_SAMPLE = 50_000;

const fmt = (n: number) => n.toLocaleString('en-US');

function linkDensity(root: Element, textLength: number): number {
  let linked = 0;
  for (const a of root.querySelectorAll('a')) linked += (a.textContent ?? '').trim().length;
  return textLength ? Math.min(1, linked / textLength) : 1;
}

function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Blocks of running prose: lines of the index (paragraphs, or text between `<br>`s) of 80+ characters. */
function paragraphCount(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (line.length >= 80) n++;
  return n;
}

/** Decides for one page; `index` is the text of `scope.root` (see utils/pipeline/read-page.ts). */
export function detectPage(doc: Document, scope: Scope, index: TextIndex, options: DetectOptions = {}): Decision {
  const reasons: string[] = [];
  const meta = readMetadata(doc);
  const text = index.text;
  const words = countWords(text);
  const links = linkDensity(scope.root, text.length);
  const paragraphs = paragraphCount(text);

  let article = 0;
  if (meta.schemaType) {
    article += 0.4;
    reasons.push(`${meta.schemaType} metadata`);
  } else if (meta.ogArticle) {
    article += 0.3;
    reasons.push('og:type article');
  }
  if (meta.hasArticleElement) article += 0.1;
  if (meta.hasPublishedTime) article += 0.1;
  reasons.push(`${fmt(words)} words of body text`);
  if (words >= 250) article += 0.3;
  else if (words >= 120) article += 0.15;
  if (paragraphs >= 6) article += 0.3;
  else if (paragraphs >= 3) article += 0.2;
  if (links > 0.5) {
    article -= 0.5;
    reasons.push(`link density ${links.toFixed(2)}`);
  }
  const isArticle = article >= 0.5 && words >= 120;
  if (!isArticle) reasons.push(paragraphs < 3 ? 'too little running prose for an article' : 'not an article page');

  const language = pageLanguage(doc.documentElement.getAttribute('lang'), text);
  const title = meta.title || doc.querySelector('h1')?.textContent || '';
  const sample = text.length > DOMAIN_SAMPLE ? text.slice(0, DOMAIN_SAMPLE) : text;
  const sampleWords = sample === text ? words : countWords(sample);
  const evidence = domainEvidence(sample, title, sampleWords);
  const threshold = DOMAIN_THRESHOLD * (1 - 0.4 * Math.max(-1, Math.min(1, options.sensitivity ?? 0)));
  let inDomain = isInDomain(evidence, threshold);
  if (evidence.topics.length) {
    reasons.push(
      `topic terms: ${evidence.topics
        .slice(0, 3)
        .map(([n, c]) => `${n.toLowerCase()} ×${c}`)
        .join(', ')}`,
    );
  } else reasons.push('no topic terms');
  reasons.push(
    `domain score ${evidence.density.toFixed(1)} per 1,000 words${sample === text ? '' : ` of the first ${fmt(sampleWords)}`} (needs ${threshold.toFixed(1)})`,
  );
  if (evidence.density >= threshold && evidence.economy > evidence.density) {
    reasons.push(`mostly about the economy (${evidence.economy.toFixed(1)} economy words per 1,000)`);
  }
  if (language !== 'en' && language !== 'und') {
    inDomain = false;
    reasons.push(`not supported (language: ${language})`);
  }

  const domainConf = Math.min(1, evidence.density / (2 * threshold));
  const articleConf = Math.max(0, Math.min(1, article));
  const score = inDomain && isArticle ? 0.5 + 0.25 * articleConf + 0.25 * domainConf : 0.5 * Math.min(articleConf, domainConf);
  const domain = { score: Math.round(evidence.density * 10) / 10, threshold };
  return { isArticle, inDomain, score: Math.round(score * 1000) / 1000, reasons, language, domain };
}
