/**
 * `npm run bench:scope`: the scope finder on the article-body benchmark's 181 pages in Node
 * (linkedom): time per page (finding the story and indexing its text, as `readStory` does;
 * median and worst) and, for comparison on the same parsed pages, Mozilla Readability
 * (`@mozilla/readability`, run on a copy of each page, as it rewrites what it reads):
 * its P/R/F1 on the benchmark's measure and its time. Parsing is not timed.
 */
import { Readability } from '@mozilla/readability';
import { readStory } from '../utils/pipeline/story';
import { bodiesAvailable, bodyPages, scorePage, summarise } from './eval/bodies';
import { documentFromHtml } from './lib/load-page';

if (!bodiesAvailable()) {
  console.log('../shared/data/article-bodies not found: nothing to measure.');
  process.exit(0);
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)].toFixed(2)} ms, worst ${s[s.length - 1].toFixed(1)} ms`;
};

const ours: number[] = [];
const theirs: number[] = [];
const oursScores = [];
const theirScores = [];
for (const page of bodyPages()) {
  const html = page.html();
  const doc = documentFromHtml(html);
  readStory(documentFromHtml(html));
  const t0 = performance.now();
  const text = readStory(doc).index.text;
  ours.push(performance.now() - t0);
  oursScores.push(scorePage(page.truth, text));
  const copy = documentFromHtml(html);
  const t1 = performance.now();
  let article: { textContent?: string | null } | null;
  try {
    article = new Readability(copy).parse();
  } catch {
    article = null;
  }
  theirs.push(performance.now() - t1);
  theirScores.push(scorePage(page.truth, article?.textContent ?? ''));
}
const line = (name: string, s: { p: number; r: number; f1: number }, ms: number[]) =>
  `${name.padEnd(22)} P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}  F1 ${s.f1.toFixed(3)}  ${stats(ms)}`;
console.log(`## Scope on ${ours.length} benchmark pages in Node (warm: each page read once before timing)`);
console.log(line('Dossier scope+index', summarise(oursScores), ours));
console.log(line('Readability (live)', summarise(theirScores), theirs));
