/**
 * `npm run bench`: extractor throughput in Node on a few MB of real article text (the
 * labelled in-domain pages' body text, repeated), compromise on the same text for scale,
 * and the gzipped sizes of what the browser loads. Medians of several runs after warm-up.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { extract } from '../utils/extract';
import { readPage } from '../utils/pipeline/read-page';
import { loadPage } from './lib/load-page';
import { taggerModel, TAGGER_PATH } from './lib/tagger';
import { KnowledgeBase } from '../utils/kb/base';
import { KB_PATH } from './lib/kb';
import { devLabels, pagePath, sharedAvailable } from './eval/data';

const REPO = resolve(import.meta.dirname, '..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

function gzipped(entry: string): number {
  const out = execFileSync(
    resolve(REPO, 'node_modules/.bin/esbuild'),
    [entry, '--bundle', '--minify', '--format=esm', `--alias:@=${REPO}`],
    {
      cwd: REPO,
      maxBuffer: 64 << 20,
    },
  );
  return gzipSync(out).length;
}

if (!sharedAvailable()) {
  console.log('../shared/corpus not found: nothing to measure.');
  process.exit(0);
}
const body = devLabels()
  .filter((l) => l.is_article && l.in_domain && l.language === 'en')
  .map((l) => readPage(loadPage(pagePath(l.id))).index.text)
  .join('\n');
let text = body;
while (text.length < 3_000_000) text += `\n${body}`;
const mb = text.length / 1e6;

const dossierMs = time(() => extract(text), 9);
const tagger = taggerModel();
const taggedMs = time(() => extract(text, { tagger }), 5);
const kbBytes = readFileSync(KB_PATH);
const kbLoadMs = time(() => new KnowledgeBase(kbBytes), 5);
const kb = new KnowledgeBase(kbBytes);
const withKbMs = time(() => extract(text, { kb, tagger }), 9);
/**
 * The base's own share: extraction of a 1 MB slice without and with it, run in turns so that
 * both see the same machine load; the median of the paired differences.
 */
function kbShare(runs: number): { without: number; withKb: number; share: number } {
  const slice = text.slice(0, 1_000_000);
  const pairs: [number, number][] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    extract(slice);
    const t1 = performance.now();
    extract(slice, { kb });
    const t2 = performance.now();
    if (i) pairs.push([t1 - t0, t2 - t1]);
  }
  return {
    without: median(pairs.map((p) => p[0])),
    withKb: median(pairs.map((p) => p[1])),
    share: median(pairs.map((p) => (p[1] - p[0]) / p[0])),
  };
}
const share = kbShare(15);
const sample = text.slice(0, 300_000);
const compromiseMs =
  time(() => {
    const doc = nlp(sample);
    doc.people().out('array');
    doc.organizations().out('array');
    doc.places().out('array');
  }, 3) *
  (text.length / sample.length);

console.log(`text: ${mb.toFixed(2)} MB of in-domain article text`);
console.log(`extract(): ${(mb / (dossierMs / 1000)).toFixed(1)} MB/s (${dossierMs.toFixed(0)} ms)`);
console.log(`extract() with the tagger: ${(mb / (taggedMs / 1000)).toFixed(1)} MB/s (${taggedMs.toFixed(0)} ms)`);
console.log(
  `extract() with the tagger and the knowledge base: ${(mb / (withKbMs / 1000)).toFixed(1)} MB/s (${withKbMs.toFixed(0)} ms; target ≥ 2)`,
);
console.log(
  `knowledge base's share of extract() (1 MB, without the tagger, in turns): ${share.without.toFixed(0)} ms without it, ${share.withKb.toFixed(0)} ms with it; median paired cost +${(share.share * 100).toFixed(0)}%`,
);
console.log(
  `knowledge base: ${kb.size} entries, ${(kbBytes.length / 1e6).toFixed(2)} MB, ${(gzipSync(kbBytes).length / 1e6).toFixed(2)} MB gzipped (target ≤ 3); loaded in ${kbLoadMs.toFixed(2)} ms in Node`,
);
console.log(`compromise people/organizations/places: ${(mb / (compromiseMs / 1000)).toFixed(2)} MB/s (extrapolated from 0.3 MB)`);
console.log(`extractor bundle (utils/extract): ${(gzipped('utils/extract/index.ts') / 1024).toFixed(1)} KB gzipped`);
console.log(
  `tagger model (${TAGGER_PATH.split('/').slice(-2).join('/')}): ${(gzipSync(readFileSync(TAGGER_PATH), { level: 9 }).length / 1024).toFixed(0)} KB gzipped`,
);
console.log(
  `cheap stage bundle (scope + text index + detect): ${(gzipped('utils/pipeline/read-page.ts') / 1024).toFixed(1)} KB gzipped`,
);
console.log(`speed ratio Dossier / compromise: ${(compromiseMs / dossierMs).toFixed(0)}×`);
