/**
 * CoNLL-2003 English NER, exact spans, scored for Dossier and for compromise on the same
 * sentences. Sentence text is the tokens joined by spaces. Dossier reads each document
 * (-DOCSTART- to -DOCSTART-) whole, one sentence per line, as it reads an article: a
 * surname alone joins the full name met earlier in the story. compromise reads sentences. Types map person→PER,
 * organization/group→ORG, country and place→LOC (places are found but not painted: the
 * popup lists them); "LOC (countries)" scores only gold LOC spans that Dossier's gazetteer
 * knows as countries, the ones Dossier paints.
 * With the committed tagger model (public/tagger.bin); its own spans are scored too, before
 * the gazetteer and the actor rules (a place there is any place).
 * Run: `npx tsx scripts/eval/conll.ts test` (tune on train/valid, report test).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { extract, gazetteerLookup } from '../../utils/extract';
import { decodeDocument, nearNames } from '../../utils/extract/tagger';
import { featureContext } from '../../utils/extract/tagger/features';
import { runToEnd } from '../../utils/schedule/slices';
import { tokenize } from '../../utils/text/tokens';
import { gazetteer } from '../../utils/extract/gazetteer';
import { SHARED, sharedAvailable } from './data';
import { taggerModel } from '../lib/tagger';
import type { KnowledgeBase } from '../../utils/kb/base';
import type { Mention } from '../../utils/extract/types';
import { loadKb } from '../lib/kb';
import { errorKinds, type ErrorCase } from './error-kinds';

type Kind = 'PER' | 'ORG' | 'LOC';
type Span = `${number}:${number}:${number}:${Kind}`;

function sentences(split: string): { text: string; gold: Set<Span>; misc: [number, number][]; doc: number }[] {
  const raw = readFileSync(resolve(SHARED, 'data', `conll2003_${split}_bio.txt`), 'utf8');
  const out: { text: string; gold: Set<Span>; misc: [number, number][]; doc: number }[] = [];
  let doc = 0;
  for (const block of raw.split(/\n\s*\n/)) {
    if (block.includes('-DOCSTART-')) doc++;
    const rows = block
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter((r) => r.length >= 2 && r[0] !== '-DOCSTART-');
    if (!rows.length) continue;
    let text = '';
    const gold = new Set<Span>();
    const misc: [number, number][] = [];
    let open: { start: number; kind: Kind } | null = null;
    let lastEnd = 0;
    const close = () => {
      if (open) gold.add(`${out.length}:${open.start}:${lastEnd}:${open.kind}`);
      open = null;
    };
    for (const [tok, tag] of rows) {
      if (text) text += ' ';
      const start = text.length;
      text += tok;
      const kind = tag.slice(2) as Kind | 'MISC';
      if (tag === 'O' || kind === 'MISC' || tag.startsWith('B-') || (open && open.kind !== kind)) close();
      if (tag !== 'O' && kind !== 'MISC' && !open) open = { start, kind };
      if (open) lastEnd = start + tok.length;
      if (kind === 'MISC') {
        const last = misc.at(-1);
        if (tag.startsWith('I-') && last && last[1] === start - 1) last[1] = start + tok.length;
        else misc.push([start, start + tok.length]);
      }
    }
    close();
    out.push({ text, gold, misc, doc });
  }
  return out;
}

const TYPE: Record<string, Kind> = { person: 'PER', organization: 'ORG', group: 'ORG', country: 'LOC', place: 'LOC' };

function score(gold: Set<Span>, pred: Set<Span>, kind: Kind | 'all'): { p: number; r: number; f: number } {
  const g = [...gold].filter((s) => kind === 'all' || s.endsWith(kind));
  const p = [...pred].filter((s) => kind === 'all' || s.endsWith(kind));
  const tp = p.filter((s) => gold.has(s)).length;
  const prec = tp / Math.max(1, p.length);
  const rec = tp / Math.max(1, g.length);
  return { p: prec, r: rec, f: prec + rec ? (2 * prec * rec) / (prec + rec) : 0 };
}

/**
 * With `kb`: Dossier is also scored with the knowledge base loaded, and coverage says which
 * share of gold PER/ORG names the curated list, and the list with the base, knows.
 */
export async function evalConll(split: 'test' | 'valid' | 'train' = 'test', kb?: KnowledgeBase): Promise<string> {
  const data = sentences(split);
  const tagger = taggerModel();
  const lookup = gazetteerLookup();
  const tagged = new Set<Span>();
  const countryNames = new Set(
    gazetteer()
      .entries.filter((e) => e.type === 'country')
      .map((e) => e.name.toLowerCase()),
  );
  const gold = new Set<Span>();
  const dossier = new Set<Span>();
  const withKb = new Set<Span>();
  const comp = new Set<Span>();
  let dossierMs = 0;
  // Tagging scores only tokens near a capital or a gazetteer phrase: how many it leaves
  // out, and how many spans differ from scoring every token.
  const skip = { tokens: 0, skipped: 0, spans: 0, differ: 0 };
  const docs = new Map<number, number[]>();
  data.forEach(({ doc }, i) => docs.set(doc, [...(docs.get(doc) ?? []), i]));
  for (const ids of docs.values()) {
    const offsets: number[] = [];
    let text = '';
    for (const i of ids) {
      offsets.push(text.length);
      text += `${data[i].text}\n`;
    }
    const t0 = performance.now();
    const tokens = tokenize(text);
    const ctx = featureContext(tokens, lookup, tagger.names);
    const near = runToEnd(decodeDocument(ctx, tagger));
    const full = new Set(runToEnd(decodeDocument(ctx, tagger, undefined, true)).map((s) => `${s.from}:${s.to}:${s.kind}`));
    const nearKeys = new Set(near.map((s) => `${s.from}:${s.to}:${s.kind}`));
    skip.tokens += tokens.length;
    skip.skipped += nearNames(ctx).reduce((n, x) => n + (x ? 0 : 1), 0);
    skip.spans += full.size;
    skip.differ += [...full].filter((k) => !nearKeys.has(k)).length + [...nearKeys].filter((k) => !full.has(k)).length;
    for (const s of near) {
      if (s.kind === 'MISC') continue;
      const start = tokens[s.from].start;
      let k = offsets.length - 1;
      while (offsets[k] > start) k--;
      tagged.add(`${ids[k]}:${start - offsets[k]}:${tokens[s.to - 1].end - offsets[k]}:${s.kind}`);
    }
    const spans = (found: { type: string; mentions: Mention[] }[], into: Set<Span>) => {
      for (const a of found) {
        for (const m of a.mentions) {
          let k = offsets.length - 1;
          while (offsets[k] > m.start) k--;
          // CoNLL spans name the person without a title or role before the name.
          into.add(`${ids[k]}:${(m.nameStart ?? m.start) - offsets[k]}:${m.end - offsets[k]}:${TYPE[a.type]}`);
        }
      }
    };
    const { actors, places } = extract(text, { tagger });
    dossierMs += performance.now() - t0;
    spans([...actors, ...places.map((p) => ({ ...p, type: 'place' as const }))], dossier);
    if (kb) {
      const x = extract(text, { tagger, kb });
      spans([...x.actors, ...x.places.map((p) => ({ ...p, type: 'place' as const }))], withKb);
    }
  }
  data.forEach(({ text, gold: g }, i) => {
    for (const s of g) gold.add(s);
    const doc = nlp(text);
    for (const [kind, view] of [
      ['PER', doc.people()],
      ['ORG', doc.organizations()],
      ['LOC', doc.places()],
    ] as const) {
      for (const m of view.json({ offset: true }) as { offset: { start: number; length: number }; text: string }[]) {
        const trimmed = m.text.replace(/[\s.,;:!?'"]+$/, '');
        comp.add(`${i}:${m.offset.start}:${m.offset.start + trimmed.length}:${kind}`);
      }
    }
  });
  if (process.env.CONLL_ERRORS) {
    // Tuning aid (train/valid only): the commonest misses and extras of one type.
    const kind = process.env.CONLL_ERRORS as Kind;
    const surface = (s: Span) => {
      const [i, a, b] = s.split(':').map(Number);
      return data[i].text.slice(a, b);
    };
    const top = (spans: Span[]) => {
      const counts = new Map<string, number>();
      for (const s of spans) counts.set(surface(s), (counts.get(surface(s)) ?? 0) + 1);
      return [...counts]
        .sort((x, y) => y[1] - x[1])
        .slice(0, 60)
        .map(([k, n]) => `${k}×${n}`)
        .join(', ');
    };
    const typed = (set: Set<Span>) => [...set].filter((s) => s.endsWith(kind));
    console.error(`missed ${kind}: ${top(typed(gold).filter((s) => !dossier.has(s)))}`);
    console.error(`extra ${kind}: ${top(typed(dossier).filter((s) => !gold.has(s)))}`);
  }
  const isCountrySpan = (s: Span) => {
    const [i, a, b] = s.split(':').map(Number);
    return s.endsWith('LOC') && countryNames.has(data[i].text.slice(a, b).toLowerCase());
  };
  const countriesOnly = (spans: Set<Span>) => new Set([...spans].filter(isCountrySpan));
  const errors = conllErrors(data, gold, dossier);
  const fmt = (x: { p: number; r: number; f: number }) => `P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} F1 ${x.f.toFixed(3)}`;
  const lines = [`## CoNLL-2003 ${split} (${data.length} sentences, exact spans)`];
  for (const kind of ['PER', 'ORG', 'LOC'] as const) {
    lines.push(`${kind}: Dossier ${fmt(score(gold, dossier, kind))} | compromise ${fmt(score(gold, comp, kind))}`);
  }
  const locC = (pred: Set<Span>) => score(countriesOnly(gold), countriesOnly(pred), 'LOC');
  lines.push(`LOC (country names only): Dossier ${fmt(locC(dossier))} | compromise ${fmt(locC(comp))}`);
  lines.push(`PER+ORG+LOC together: Dossier ${fmt(score(gold, dossier, 'all'))} | compromise ${fmt(score(gold, comp, 'all'))}`);
  lines.push(
    `Tagger spans alone (before the gazetteer; LOC is every place): PER ${fmt(score(gold, tagged, 'PER'))}; ORG ${fmt(score(gold, tagged, 'ORG'))}; LOC ${fmt(score(gold, tagged, 'LOC'))}; together ${fmt(score(gold, tagged, 'all'))}`,
  );
  if (kb) {
    for (const kind of ['PER', 'ORG', 'LOC'] as const)
      lines.push(`${kind} with the knowledge base: Dossier ${fmt(score(gold, withKb, kind))}`);
    lines.push(`PER+ORG+LOC together with the knowledge base: Dossier ${fmt(score(gold, withKb, 'all'))}`);
    const names = [...gold]
      .filter((sp) => sp.endsWith('PER') || sp.endsWith('ORG'))
      .map((sp) => {
        const [i, a, b] = sp.split(':').map(Number);
        return data[i].text.slice(a, b);
      });
    const curated = (n: string) => gazetteer().trie.has(n);
    const known = (pred: (n: string) => boolean) =>
      `${names.filter(pred).length}/${names.length} (${(names.filter(pred).length / names.length).toFixed(3)})`;
    lines.push(
      `coverage of gold PER/ORG names: curated list ${known(curated)}, with the knowledge base ${known((n) => curated(n) || !!kb.facts(n))}`,
    );
  }
  lines.push(
    `Tagger scoring only near capitals and gazetteer phrases: ${skip.skipped}/${skip.tokens} tokens left out (${(skip.skipped / skip.tokens).toFixed(3)}); spans differing from scoring every token: ${skip.differ} of ${skip.spans}`,
  );
  lines.push(`Dossier extract time: ${dossierMs.toFixed(0)} ms`);
  lines.push(`Ten commonest kinds of error (Dossier, PER/ORG/LOC exact spans):`, ...errorKinds(errors));
  return lines.join('\n');
}

/**
 * Every gold span Dossier did not give exactly, and every span it gave that gold has
 * nowhere near, by kind: a wrong type on the right words, a boundary off (longer, shorter
 * or shifted), a name missed, or an extra name (over a misc name in gold, or over nothing).
 */
function conllErrors(data: { text: string; misc: [number, number][] }[], gold: Set<Span>, pred: Set<Span>): ErrorCase[] {
  const parse = (s: Span) => {
    const [i, a, b] = s.split(':').map(Number);
    return { i, a, b, kind: s.slice(s.lastIndexOf(':') + 1) as Kind };
  };
  const bySentence = (set: Set<Span>) => {
    const m = new Map<number, ReturnType<typeof parse>[]>();
    for (const s of set) {
      const x = parse(s);
      m.set(x.i, [...(m.get(x.i) ?? []), x]);
    }
    return m;
  };
  const goldAt = bySentence(gold);
  const predAt = bySentence(pred);
  const overlaps = (x: { a: number; b: number }, y: { a: number; b: number }) => x.a < y.b && y.a < x.b;
  const cases: ErrorCase[] = [];
  for (const s of gold) {
    if (pred.has(s)) continue;
    const g = parse(s);
    const surface = data[g.i].text.slice(g.a, g.b);
    const near = (predAt.get(g.i) ?? []).filter((p) => overlaps(p, g));
    const same = near.find((p) => p.a === g.a && p.b === g.b);
    const sameKind = near.find((p) => p.kind === g.kind);
    if (same) cases.push({ kind: `wrong type: gold ${g.kind} read as ${same.kind}`, surface });
    else if (sameKind) {
      const how =
        sameKind.a <= g.a && sameKind.b >= g.b ? 'longer' : sameKind.a >= g.a && sameKind.b <= g.b ? 'shorter' : 'shifted';
      cases.push({ kind: `boundary ${g.kind}: Dossier's span ${how}`, surface });
    } else if (near.length) cases.push({ kind: `gold ${g.kind} overlapped by a ${near[0].kind} span`, surface });
    else cases.push({ kind: `missed ${g.kind}`, surface });
  }
  for (const s of pred) {
    if (gold.has(s)) continue;
    const p = parse(s);
    if ((goldAt.get(p.i) ?? []).some((g) => overlaps(g, p))) continue;
    const overMisc = data[p.i].misc.some(([a, b]) => overlaps({ a, b }, p));
    cases.push({ kind: `extra ${p.kind}${overMisc ? ' over a misc name' : ''}`, surface: data[p.i].text.slice(p.a, p.b) });
  }
  return cases;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!sharedAvailable()) console.log('../shared/data not found: nothing to evaluate.');
  else console.log(await evalConll((process.argv[2] as 'test' | 'valid' | 'train') ?? 'test', loadKb()));
}
