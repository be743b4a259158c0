/**
 * Hypothesis-style annotations on real pages, and how many Dossier anchors where they were
 * made (issue #16 item 5). Pages: the corpus pages NOT listed in unlabeled.json (those are
 * kept for measuring other things, never tuned on).
 *
 * A case is a passage of Dossier's text of a page (so a reader could select it), described
 * the way Hypothesis's client describes a selection: the Range's `toString()` over the raw
 * text nodes (source indentation and line feeds as written, nothing at all between two
 * paragraphs, script and style text counted too), 32 raw characters of prefix and suffix,
 * and positions counted in the body's raw `textContent`. Passages are drawn with a fixed
 * seed, so a run is repeatable: `within` never crosses a paragraph break, `across` always does.
 * A selection that spans text the index leaves out (a script, a style sheet, a code sample
 * inside the passage) quotes characters no reader saw: such draws are counted apart as
 * `hidden` (reported, not part of the 300/75) and another passage is drawn.
 *
 * Each case is anchored twice: `before` with the raw selectors as the import used to keep
 * them, `after` through `parseImport` as a Hypothesis export file. A case is right when the
 * anchor is exactly the passage, misplaced when it is elsewhere, orphaned when not found.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { anchorSpan } from '@/utils/anchor';
import { squeezeString } from '@/utils/anchor/foreign';
import type { Selector } from '@/utils/model/note';
import { buildTextIndex } from '@/utils/dom/text-index';
import { seededRandom } from '@/utils/random/seeded';
import { parseImport } from '@/utils/export/import';
import { CORPUS, PAGES } from './data';

export interface ForeignCase {
  page: string;
  kind: 'within' | 'across' | 'hidden';
  /** The passage in Dossier's text of the page. */
  start: number;
  end: number;
  /** What Hypothesis would have written. */
  selectors: Selector[];
}

interface LoadedPage {
  id: string;
  text: string;
  /** Raw `textContent` offset of each character of `text` (-1 for white space). */
  rawAt: Int32Array;
  raw: string;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

function loadPage(id: string): LoadedPage {
  const { document } = parseHTML(readFileSync(resolve(PAGES, `${id}.html`), 'utf8'));
  const nodes: Text[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) nodes.push(c as Text);
      else if (c.nodeType === 1) walk(c);
    }
  };
  walk(document.body);
  const rawStart = new Map<Text, number>();
  let raw = '';
  for (const t of nodes) {
    rawStart.set(t, raw.length);
    raw += t.data;
  }
  const index = buildTextIndex(document.body);
  // The index keeps every character of its nodes but white space, in order: the k-th
  // character of its text that is not white space is the k-th such character of its nodes.
  const rawAt = new Int32Array(index.text.length).fill(-1);
  let k = 0;
  for (const node of index.nodes) {
    const base = rawStart.get(node)!;
    for (let i = 0; i < node.data.length; i++) {
      if (isSpace(node.data[i])) continue;
      while (k < index.text.length && isSpace(index.text[k])) k++;
      if (index.text[k] !== node.data[i]) throw new Error(`${id}: the text index and its nodes disagree at ${k}`);
      rawAt[k++] = base + i;
    }
  }
  return { id, text: index.text, rawAt, raw };
}

/** The raw offset of the character at text offset `at` (never white space), or null. */
function rawOffset(page: LoadedPage, at: number): number | null {
  const r = page.rawAt[at];
  return r === undefined || r < 0 ? null : r;
}

/** A passage starting and ending at word boundaries, or null when this draw does not give one. */
function drawPassage(text: string, rnd: () => number, kind: ForeignKind): [number, number] | null {
  let start: number;
  if (kind === 'across') {
    const breaks: number[] = [];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
    if (!breaks.length) return null;
    const at = breaks[Math.floor(rnd() * breaks.length)]!;
    start = at - 10 - Math.floor(rnd() * 140);
  } else {
    start = Math.floor(rnd() * text.length);
  }
  if (start <= 0) return null;
  while (start < text.length && !(isSpace(text[start - 1]) && !isSpace(text[start]))) start++;
  let end = start + 15 + Math.floor(rnd() * (kind === 'across' ? 260 : 185));
  while (end < text.length && !(isSpace(text[end]) && !isSpace(text[end - 1]))) end++;
  if (end > text.length || end - start < 10) return null;
  const passage = text.slice(start, end);
  const breaks = passage.includes('\n');
  if (kind === 'within' ? breaks : !breaks || /^\n|\n$/.test(passage)) return null;
  return [start, end];
}
type ForeignKind = ForeignCase['kind'];

/** The corpus pages the cases are drawn from: every page not set aside in unlabeled.json. */
export function casePages(): string[] {
  const unlabeled = new Set(JSON.parse(readFileSync(resolve(CORPUS, 'unlabeled.json'), 'utf8')) as string[]);
  return readdirSync(PAGES)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -5))
    .filter((id) => !unlabeled.has(id))
    .sort();
}

/** `within` and `across` cases, round-robin over the pages, with their Hypothesis selectors. */
export function buildForeignCases(
  counts: Record<'within' | 'across', number> = { within: 300, across: 75 },
  seed = 16,
): { cases: ForeignCase[]; pages: Map<string, LoadedPage> } {
  const pages = new Map(casePages().map((id) => [id, loadPage(id)]));
  const usable = [...pages.values()].filter((p) => p.text.length > 2_000);
  const rnd = seededRandom(seed);
  const cases: ForeignCase[] = [];
  for (const kind of ['within', 'across'] as const) {
    let made = 0;
    for (let tries = 0; made < counts[kind] && tries < counts[kind] * 50; tries++) {
      const page = usable[tries % usable.length]!;
      const span = drawPassage(page.text, rnd, kind);
      if (!span) continue;
      const rs = rawOffset(page, span[0]);
      const re = rawOffset(page, span[1] - 1);
      if (rs === null || re === null) continue;
      const rawEnd = re + 1;
      const hidden = squeezeString(page.raw.slice(rs, rawEnd)) !== squeezeString(page.text.slice(span[0], span[1]));
      cases.push({
        page: page.id,
        kind: hidden ? 'hidden' : kind,
        start: span[0],
        end: span[1],
        selectors: [
          { type: 'TextPositionSelector', start: rs, end: rawEnd },
          {
            type: 'TextQuoteSelector',
            exact: page.raw.slice(rs, rawEnd),
            prefix: page.raw.slice(Math.max(0, rs - 32), rs),
            suffix: page.raw.slice(rawEnd, rawEnd + 32),
          },
        ],
      });
      if (!hidden) made++;
    }
  }
  return { cases, pages };
}

export interface Tally {
  right: number;
  misplaced: number;
  orphaned: number;
  total: number;
}

/** Anchors every case before (raw selectors) and after (through import), per kind. */
export function evalForeignAnchors(built = buildForeignCases()): Record<`${ForeignKind} ${'before' | 'after'}`, Tally> {
  const { cases, pages } = built;
  const file = JSON.stringify({
    total: cases.length,
    rows: cases.map((c, i) => ({
      id: `case-${i}`,
      created: '2025-01-01T00:00:00Z',
      updated: '2025-01-01T00:00:00Z',
      text: '',
      tags: [],
      uri: `https://corpus.invalid/${c.page}`,
      target: [{ source: `https://corpus.invalid/${c.page}`, selector: c.selectors }],
    })),
  });
  const parsed = parseImport(file);
  if (!parsed.ok) throw new Error(parsed.error);
  const imported = new Map(parsed.data.notes.map((n) => [n.id, n.selectors ?? []]));
  const out = {} as Record<`${ForeignKind} ${'before' | 'after'}`, Tally>;
  cases.forEach((c, i) => {
    const text = pages.get(c.page)!.text;
    for (const [when, selectors] of [
      ['before', c.selectors],
      ['after', imported.get(`case-${i}`)!],
    ] as const) {
      const row = (out[`${c.kind} ${when}`] ??= { right: 0, misplaced: 0, orphaned: 0, total: 0 });
      const found = anchorSpan(text, selectors);
      row.total++;
      if (!found) row.orphaned++;
      else if (found.start === c.start && found.end === c.end) row.right++;
      else row.misplaced++;
    }
  });
  return out;
}
