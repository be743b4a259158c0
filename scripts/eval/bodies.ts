/**
 * The article-body benchmark (../shared/data/article-bodies, 181 real pages): how much of
 * what Dossier reads is the story (precision) and how much of the story it reads (recall),
 * on the benchmark's own measure: lower-cased `\w+` tokens, 4-token shingles as multisets,
 * per page tp/fp/fn normalised by their sum, summed over pages, P/R/F1 from the sums. The five
 * extractors whose outputs ship with the benchmark are scored the same way beside it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SHARED } from './data';

export const BODIES = resolve(SHARED, 'data/article-bodies');

export function bodiesAvailable(): boolean {
  return existsSync(resolve(BODIES, 'ground-truth.json'));
}

/** The benchmark pages: id, raw HTML (read lazily), true body. */
export function bodyPages(): { id: string; html: () => string; truth: string }[] {
  const truth = JSON.parse(readFileSync(resolve(BODIES, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return readdirSync(resolve(BODIES, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.html.gz'.length);
      return {
        id,
        html: () => gunzipSync(readFileSync(resolve(BODIES, 'html', f))).toString('utf8'),
        truth: truth[id]?.articleBody ?? '',
      };
    })
    .filter((p) => p.truth);
}

function shingles(text: string): Map<string, number> {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = tokens.slice(i, i + 4).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** One page: shared, extra and missing shingles, normalised to sum to 1 (0s for two empty texts). */
export function scorePage(truth: string, predicted: string): PageScore {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, n] of p) {
    const m = t.get(k) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [k, m] of t) fn += Math.max(0, m - (p.get(k) ?? 0));
  const s = tp + fp + fn;
  return s ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp: 0, fp: 0, fn: 0 };
}

export function summarise(scores: PageScore[]): { p: number; r: number; f1: number } {
  const tp = scores.reduce((a, s) => a + s.tp, 0);
  const fp = scores.reduce((a, s) => a + s.fp, 0);
  const fn = scores.reduce((a, s) => a + s.fn, 0);
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f1: (2 * p * r) / (p + r || 1) };
}

/** The shipped outputs of the benchmark's extractors: name → id → body. */
export function extractorOutputs(): Map<string, Record<string, string>> {
  const dir = resolve(BODIES, 'output');
  const out = new Map<string, Record<string, string>>();
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const raw = JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as Record<string, unknown>;
    const byId = (raw.output ?? raw) as Record<string, { articleBody?: string }>;
    const bodies: Record<string, string> = {};
    for (const [id, v] of Object.entries(byId)) bodies[id] = v?.articleBody ?? '';
    out.set(f.slice(0, -5), bodies);
  }
  return out;
}

/** The text Dossier reads on a page (what the extractor sees), timed. */
export type Reader = (html: string) => string;

/**
 * `npm run eval`'s article-body section: Dossier (each reader given, the first one in
 * detail: each half of the pages, sorted by id, and its worst pages by F1) beside the
 * shipped extractors.
 */
export function evalBodies(readers: Record<string, Reader>, worst = 5): string {
  const pages = bodyPages();
  const out: string[] = [`## Article bodies (${pages.length} benchmark pages; P R F1 on 4-token shingles)`];
  const line = (name: string, s: { p: number; r: number; f1: number }) =>
    `${name.padEnd(34)} P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
  let first: { id: string; score: PageScore; f1: number }[] | null = null;
  for (const [name, read] of Object.entries(readers)) {
    const rows = pages.map((page) => {
      const score = scorePage(page.truth, read(page.html()));
      return { id: page.id, score, f1: summarise([score]).f1 };
    });
    out.push(line(name, summarise(rows.map((r) => r.score))));
    const half = Math.ceil(rows.length / 2);
    out.push(line('  first half', summarise(rows.slice(0, half).map((r) => r.score))));
    out.push(line('  second half', summarise(rows.slice(half).map((r) => r.score))));
    first ??= rows;
  }
  for (const [name, bodies] of extractorOutputs())
    out.push(line(name, summarise(pages.map((p) => scorePage(p.truth, bodies[p.id] ?? '')))));
  out.push(`worst pages (${Object.keys(readers)[0]}):`);
  for (const r of [...(first ?? [])].sort((a, b) => a.f1 - b.f1).slice(0, worst)) {
    const s = summarise([r.score]);
    out.push(`  ${r.id.slice(0, 16)}  P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)}`);
  }
  return out.join('\n');
}
