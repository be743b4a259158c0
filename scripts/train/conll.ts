/**
 * CoNLL-2003 BIO files read as Dossier would read the story: each sentence is a block of
 * one document (-DOCSTART- to -DOCSTART-), tokenized by Dossier's tokenizer, each token
 * taking the tag of the CoNLL token it lies in ("U.S." → U . S . all in the LOC span).
 */
import { readFileSync } from 'node:fs';
import { tokenize } from '../../utils/text/tokens';
import { TAGS, type TaggerModel } from '../../utils/extract/tagger/model';
import { tagSteps, type TaggedSpan } from '../../utils/extract/tagger';
import type { GazetteerLookup } from '../../utils/extract/tagger/features';
import type { TrainDocument } from '../../utils/extract/tagger/train';
import { runToEnd } from '../../utils/schedule/slices';

export function readConll(file: string): TrainDocument[] {
  const docs: TrainDocument[] = [];
  let text = '';
  let marks: { start: number; end: number; tag: string }[] = [];
  const flush = () => {
    if (!text) return;
    const tokens = tokenize(text);
    const tags = new Uint8Array(tokens.length);
    let m = 0;
    let prevMark = -1;
    tokens.forEach((t, i) => {
      while (marks[m].end <= t.start) m++;
      const tag = marks[m].tag;
      const kind = tag.slice(2);
      const begin = tag.startsWith('B-') && prevMark !== m;
      tags[i] =
        tag === 'O'
          ? 0
          : TAGS.indexOf(
              `${begin || i === 0 || tags[i - 1] === 0 || TAGS[tags[i - 1]].slice(2) !== kind ? 'B' : 'I'}-${kind}` as (typeof TAGS)[number],
            );
      prevMark = m;
    });
    docs.push({ tokens, tags });
    text = '';
    marks = [];
  };
  for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
    if (block.includes('-DOCSTART-')) flush();
    const rows = block
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter((r) => r.length >= 2 && r[0] !== '-DOCSTART-');
    if (!rows.length) continue;
    if (text) text += '\n';
    rows.forEach(([tok, tag], k) => {
      if (k) text += ' ';
      marks.push({ start: text.length, end: text.length + tok.length, tag });
      text += tok;
    });
  }
  flush();
  return docs;
}

/** Exact-span precision, recall and F1 per type of the tagger alone over `docs`. */
export function spanScore(docs: readonly TrainDocument[], model: TaggerModel, lookup: GazetteerLookup) {
  const counts: Record<string, { tp: number; gold: number; pred: number }> = {};
  const key = (s: TaggedSpan) => `${s.from}:${s.to}:${s.kind}`;
  for (const d of docs) {
    const gold: TaggedSpan[] = [];
    let open: TaggedSpan | null = null;
    d.tags.forEach((t, i) => {
      if (open && (t === 0 || t % 2 === 1 || d.tokens[i].blockStart)) open = null;
      if (t && !open) gold.push((open = { from: i, to: i + 1, kind: TAGS[t].slice(2) as TaggedSpan['kind'] }));
      else if (open) open.to = i + 1;
    });
    const pred = runToEnd(tagSteps(d.tokens, model, lookup));
    const goldKeys = new Set(gold.map(key));
    for (const s of gold) (counts[s.kind] ??= { tp: 0, gold: 0, pred: 0 }).gold++;
    for (const s of pred) {
      const c = (counts[s.kind] ??= { tp: 0, gold: 0, pred: 0 });
      c.pred++;
      if (goldKeys.has(key(s))) c.tp++;
    }
  }
  const f1 = (c: { tp: number; gold: number; pred: number }) => {
    const p = c.tp / Math.max(1, c.pred);
    const r = c.tp / Math.max(1, c.gold);
    return Number((p + r ? (2 * p * r) / (p + r) : 0).toFixed(4));
  };
  const all = Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, gold: a.gold + c.gold, pred: a.pred + c.pred }), {
    tp: 0,
    gold: 0,
    pred: 0,
  });
  return {
    ...Object.fromEntries(
      Object.entries(counts)
        .sort()
        .map(([k, c]) => [k, f1(c)]),
    ),
    all: f1(all),
  };
}
