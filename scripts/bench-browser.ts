/**
 * `npm run bench:browser`: Dossier's cost in real Chromium, on pages served from 127.0.0.1
 * with their own scripts inert (see `inert`) and other hosts unreachable.
 *
 * For each corpus page: the cheap stage every page pays (scope + text index + decision).
 * For a long article (the seed article's body repeated to ~50,000 words) and each in-domain
 * labelled page: (a) the floor, one TreeWalker pass over the body (and, for context, a
 * word floor: that text split into words once); (b) Dossier's whole pass
 * (detect + extract + ranges + paint); (c) mark.js marking the same surface strings in the
 * same article root. Medians of several runs; the longest task of (b) as the content script
 * runs it (extraction in slices); the JS heap (b) leaves reachable. The ratios are the last
 * lines.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { devLabels, PAGES, sharedAvailable } from './eval/data';

const REPO = resolve(import.meta.dirname, '..');
const RUNS = 7;

if (!sharedAvailable()) {
  console.log('../shared/corpus not found: nothing to measure.');
  process.exit(0);
}

const bundle = execFileSync(
  resolve(REPO, 'node_modules/.bin/esbuild'),
  ['scripts/bench/page-entry.ts', '--bundle', '--minify', '--format=iife', `--alias:@=${REPO}`],
  { cwd: REPO, maxBuffer: 64 << 20 },
).toString();
const markJs = readFileSync(resolve(REPO, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

function longPage(targetWords = 50_000): string {
  const seed = readFileSync(resolve(PAGES, 'seed-article.html'), 'utf8');
  const paragraphs = seed.match(/<p>[\s\S]*?<\/p>/g) ?? [];
  const words = paragraphs.join(' ').split(/\s+/).length;
  const copies = Math.ceil(targetWords / words);
  return seed.replace(
    /(<p>[\s\S]*<\/p>)(\s*<\/article>)/,
    (_m, body: string, end: string) => `${Array(copies).fill(body).join('\n')}${end}`,
  );
}
const LONG = longPage();
/** Ten times longer: past READ_LIMIT, where the cheap stage stops reading. */
const HUGE = longPage(500_000);

/** The knowledge-base files, read once: the extension serves them from its package, not a slow disk. */
const kbFiles = new Map<string, Buffer>();
const kbFile = (name: string) => kbFiles.get(name) ?? kbFiles.set(name, readFileSync(resolve(REPO, 'public', name))).get(name)!;

/**
 * A saved page with its own scripts kept in the DOM but never run: the first `type` of an
 * element wins, so `<script type="text/inert" type="module">` is data. Left to run, some
 * pages' scripts navigated away or held the load mid-measurement, now and then.
 */
const inert = (html: string) => html.replace(/<script\b/gi, '<script type="text/inert"');

const server = createServer((req, res) => {
  const name = decodeURIComponent((req.url ?? '/').slice(1));
  try {
    const kb = name.startsWith('kb/') || name === 'tagger.bin';
    const html = kb
      ? kbFile(name)
      : name === 'long.html'
        ? LONG
        : name === 'huge.html'
          ? HUGE
          : inert(readFileSync(resolve(PAGES, name), 'utf8'));
    res.writeHead(200, { 'content-type': kb ? 'application/octet-stream' : 'text/html; charset=utf-8' });
    res.end(html);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--enable-precise-memory-info',
    // The corpus pages' third-party assets are not served: every other host fails at once.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});
const page = await browser.newPage();
page.setDefaultTimeout(120_000);

async function open(name: string) {
  await page.goto(`${base}/${encodeURIComponent(name)}`, { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: bundle });
  await page.addScriptTag({ content: markJs });
}

/**
 * Median ms of `expr` run in the page (after one warm-up run). `repeat` runs it that many
 * times per timing and divides: the page clock ticks in 0.1 ms steps, coarser than the floor.
 */
async function median(expr: string, reset = '', runs = RUNS, repeat = 1): Promise<number> {
  return page.evaluate(
    ({ expr, reset, runs, repeat }) => {
      const times: number[] = [];
      for (let i = 0; i <= runs; i++) {
        if (reset) (0, eval)(reset);
        const t0 = performance.now();
        for (let k = 0; k < repeat; k++) (0, eval)(expr);
        if (i) times.push((performance.now() - t0) / repeat);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)];
    },
    { expr, reset, runs, repeat },
  );
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The knowledge base as the reader chunk loads it after a positive decision: the first load
// in a fresh page is what a reader pays; later ones for context.
await open('seed-article.html');
type KbTimes = { total: number; open: number } | string;
const kbRun = (): Promise<KbTimes> => page.evaluate((url) => (window as any).dossierKbLoad(url), base);
const kbFirst = await kbRun();
const kbLater: Exclude<KbTimes, string>[] = [];
for (let i = 0; i < 5; i++) {
  const t = await kbRun();
  if (typeof t !== 'string') kbLater.push(t);
}
const kbMed = (k: 'total' | 'open') => fmt(med(kbLater.map((t) => t[k])));
const kbLine =
  typeof kbFirst === 'string'
    ? `knowledge base load failed: ${kbFirst}`
    : `knowledge base load in the reader chunk (fetch the file + open it): first ${fmt(kbFirst.total)} (of which opening ${fmt(kbFirst.open)}), later median ${kbMed('total')} (opening ${kbMed('open')}) (target ≤ 50 ms)`;
console.log(kbLine);
console.log('');

console.log('## Cheap stage (scope + text index + decision), every corpus page');
const cheap: number[] = [];
// The first run is what a reader's page pays: the code is not optimised yet.
const cold: number[] = [];
const coldTask: number[] = [];
for (const file of readdirSync(PAGES)
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  await open(file);
  const first: { total: number; longest: number } = await page.evaluate(() => (window as any).dossierCheapTasks());
  const ms = await median('dossierCheap()');
  cheap.push(ms);
  cold.push(first.total);
  coldTask.push(first.longest);
  const parts = await page.evaluate(() => (window as any).dossierStages());
  console.log(
    `${file.padEnd(44)} ${fmt(ms)}  first run ${fmt(first.total)} (longest task ${fmt(first.longest)})  (scope ${fmt(parts.scope)}, text index ${fmt(parts.index)}, detect ${fmt(parts.detect)})`,
  );
}

await open('huge.html');
const hugeCheap = await median('dossierCheap()', '', 3);
console.log(`huge.html (~500,000 words, read up to READ_LIMIT)   ${fmt(hugeCheap)}`);

console.log('\n## Whole pass (with the name tagger) vs floor vs mark.js');
const inDomain = devLabels()
  .filter((l) => l.is_article && l.in_domain && l.language === 'en')
  .map((l) => `${l.id}.html`);
const rows: { name: string; floor: number; words: number; full: number; mark: number; longest: number; heapMb: number }[] = [];
for (const name of ['long.html', ...inDomain]) {
  await open(name);
  await page.evaluate((url) => (window as any).dossierLoadTagger(url), `${base}/tagger.bin`);
  console.error(`measuring ${name}…`);
  const floor = await median('floor()', '', RUNS, 50);
  const words = await median('wordFloor()');
  const full = await median('dossierFull()', 'dossierClear()');
  // The heap Dossier adds is what stays reachable after its pass (ranges, extraction),
  // after a GC; the longest task is the longest stretch of the pass as the content script
  // runs it (extraction in slices).
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(() => (window as any).dossierClear());
  await cdp.send('HeapProfiler.collectGarbage');
  const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await page.evaluate(() => {
    (window as any).__surfaces = (window as any).dossierFull();
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await cdp.detach();
  await page.evaluate(() => (window as any).dossierClear());
  const sliced: { longest: number; slices: number }[] = [];
  for (let i = 0; i < 5; i++) {
    sliced.push(await page.evaluate(() => (window as any).dossierSliced()));
    await page.evaluate(() => (window as any).dossierClear());
  }
  const stats = { longest: med(sliced.map((r) => r.longest)), slices: sliced[0].slices, heap: (after - before) / 1e6 };
  // Ranges stay live (updated on every DOM change) until collected: collect Dossier's
  // before mark.js mutates the page, or mark.js pays for them.
  const gc = await page.context().newCDPSession(page);
  await gc.send('HeapProfiler.collectGarbage');
  await gc.detach();
  // Three runs on the long page (each takes about half a second): an odd count, so the
  // median is a middle run, not the slower of two.
  const mark = await median(
    'new Mark(scopeRoot()).mark(window.__surfaces, { separateWordSearch: false, diacritics: false })',
    'new Mark(scopeRoot()).unmark()',
    name === 'long.html' ? 3 : RUNS,
  );
  rows.push({ name, floor, words, full, mark, longest: stats.longest, heapMb: stats.heap });
  console.log(
    `${name.padEnd(40)} floor ${fmt(floor)}  word floor ${fmt(words)}  dossier ${fmt(full)}  mark.js ${fmt(mark)}  longest task ${fmt(stats.longest)} (${stats.slices} slices)  heap +${stats.heap.toFixed(2)} MB`,
  );
}
await browser.close();
server.close();

const long = rows[0];
console.log('');
console.log(
  `cheap stage median over ${cheap.length} corpus pages: ${fmt(med(cheap))} (max ${fmt(Math.max(...cheap))}); on a ~500,000-word page ${fmt(hugeCheap)}`,
);
console.log(
  `cheap stage first run (cold code, as a page pays it): median ${fmt(med(cold))}, max ${fmt(Math.max(...cold))}; longest of its two tasks: median ${fmt(med(coldTask))}, max ${fmt(Math.max(...coldTask))}`,
);
console.log(
  `long page (~50,000 words): longest task ${fmt(long.longest)} (target ≤ 50), heap added ${long.heapMb.toFixed(2)} MB (target < 5)`,
);
console.log(`longest task over all measured pages: ${fmt(Math.max(...rows.map((r) => r.longest)))}`);
console.log(
  `in-domain pages: median (b)/(a) ${med(rows.slice(1).map((r) => r.full / r.floor)).toFixed(2)}, median (c)/(b) ${med(rows.slice(1).map((r) => r.mark / r.full)).toFixed(2)}`,
);
console.log(
  `long page (b)/word floor = ${(long.full / long.words).toFixed(2)} (for context: Dossier against splitting the text into words once)`,
);
console.log(`long page (b)/(a) = ${(long.full / long.floor).toFixed(2)}`);
console.log(`long page (c)/(b) = ${(long.mark / long.full).toFixed(2)}`);
console.log(kbLine);
