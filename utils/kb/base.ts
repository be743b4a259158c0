/**
 * The knowledge base in memory: entries from `public/kb/actors.tsv` (format.ts), looked
 * up in constant time per candidate name. `facts(name)` finds an entry by any of its names
 * (shown or matched, accents and case ignored); `matcher` finds matchable names in a token
 * stream for the extractor, with the same `longestAt` contract as a `PhraseTrie`: the longest
 * name starting at a token, never across a block, within `MAX_TOKENS` tokens.
 * Loading must stay well under 50 ms in a page, so the index does no tokenizing, no regular
 * expression and no accent folding per name (the compiler ships folded spellings as
 * aliases): a name's key is its lowercase text, and a candidate's key is the lowercase text
 * the tokens span. A token stream is probed further only where its first two tokens open a
 * known name, so common first words ("The", "National") cost a lookup or two.
 */
import { decodeLine, headerCount, KbFormatError, type KbEntry } from './format';
import { tokenize, type Token } from '@/utils/text/tokens';
import type { Phrase } from '@/utils/extract/gazetteer';
import type { PhraseHit } from '@/utils/text/phrase-trie';

const MAX_TOKENS = 12;

/** Characters that end a word token (the tokenizer's punctuation, as names use it). */
const isBreak = (c: number) => c === 32 || c === 45 || c === 39 || c === 46 || c === 40 || c === 41 || c === 44 || c === 38 || c === 47 || c === 58 || c === 0x2019 || c === 0x2010;

/** End of the token of `s` starting at `i` (a punctuation mark is a token of its own). */
function tokenEnd(s: string, i: number): number {
  if (isBreak(s.charCodeAt(i))) return i + 1;
  while (i < s.length && !isBreak(s.charCodeAt(i))) i++;
  return i;
}

/** The lowercase text of a candidate's tokens, single spaces between words. */
const spanKey = (text: string) => (text.includes('  ') || /[\t\u00a0]/.test(text) ? text.replace(/\s+/g, ' ') : text).toLowerCase();

export class KnowledgeBase {
  private readonly rows: string[] = [];
  private readonly cache: KbEntry[] = [];
  /** Lowercase name → row × 2, + 1 when the name may be matched (a matchable name wins a shared key). */
  private readonly names = new Map<string, number>();
  /** Key prefixes of matchable names up to the end of their second token ("al-", "edi rama"). */
  private readonly openers = new Set<string>();
  /** First tokens of matchable names. */
  private readonly firsts = new Set<string>();
  private readonly phrases = new Map<string, Phrase>();
  private matchable = 0;

  /**
   * Indexes the shipped text; an entry is decoded only when asked for. Throws
   * `KbFormatError` for a file that is not one (foreign, malformed, truncated).
   */
  constructor(text: string) {
    const lines = text.split('\n');
    const count = headerCount(lines[0]);
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      if (!line) continue;
      const t0 = line.indexOf('\t');
      const t1 = line.indexOf('\t', t0 + 1);
      const t2 = line.indexOf('\t', t1 + 1);
      const t3 = line.indexOf('\t', t2 + 1);
      let tabs = 4;
      for (let t = line.indexOf('\t', t3 + 1); t >= 0; t = line.indexOf('\t', t + 1)) tabs++;
      if (t3 < 0 || tabs !== 8 || t1 - t0 !== 2 || !'pocg'.includes(line[t0 + 1])) throw new KbFormatError(`line ${i + 1} is malformed`);
      const row = this.rows.length;
      this.rows.push(line);
      this.index(line.slice(t1 + 1, t2), row);
      if (t3 > t2 + 1) for (const alias of line.slice(t2 + 1, t3).split('|')) this.index(alias, row);
    }
    if (this.rows.length !== count) throw new KbFormatError(`expected ${count} entries, found ${this.rows.length} (file truncated?)`);
  }

  static parse(text: string): KnowledgeBase {
    return new KnowledgeBase(text);
  }

  private index(field: string, row: number): void {
    const matches = field.charCodeAt(0) !== 126; // "~": shown, never matched
    const key = (matches ? field : field.slice(1)).toLowerCase();
    const had = this.names.get(key);
    if (had === undefined || (matches && !(had & 1))) this.names.set(key, row * 2 + (matches ? 1 : 0));
    if (!matches) return;
    this.matchable++;
    const first = tokenEnd(key, 0);
    this.firsts.add(key.slice(0, first));
    let second = first;
    while (key.charCodeAt(second) === 32) second++;
    if (second < key.length) this.openers.add(key.slice(0, tokenEnd(key, second)));
  }

  private entry(row: number): KbEntry {
    return (this.cache[row] ??= decodeLine(this.rows[row], row + 2));
  }

  /** Number of actors. */
  get size(): number {
    return this.rows.length;
  }

  /** Every entry, decoded (for tests and reports; lookups never need it). */
  get entries(): KbEntry[] {
    return this.rows.map((_, row) => this.entry(row));
  }

  /** The entry one of whose names is `name` (case and accents ignored), or undefined. */
  facts(name: string): KbEntry | undefined {
    const key = spanKey(name.trim());
    const hit = this.names.get(key) ?? this.names.get(key.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'));
    return hit === undefined ? undefined : this.entry(hit >> 1);
  }

  /** Number of names the matcher knows. */
  get matchableCount(): number {
    return this.matchable;
  }

  /** The phrase a matchable key stands for, with the name as written (for the case check); made once. */
  private phrase(hit: number, key: string): Phrase {
    let p = this.phrases.get(key);
    if (!p) {
      const entry = this.entry(hit >> 1);
      const surface = [entry.name, ...entry.aliases].find((n) => n.toLowerCase() === key) ?? entry.name;
      const role = cardRole(entry);
      p = { entry: { id: entry.id, name: entry.name, type: entry.type, ...(role ? { role } : {}) }, kind: 'name', tokens: tokenize(surface).map((t) => t.text) };
      this.phrases.set(key, p);
    }
    return p;
  }

  /** Same contract as `PhraseTrie.longestAt`. */
  longestAt(tokens: readonly Token[], from: number, accept: (value: Phrase, from: number, to: number) => boolean): PhraseHit<Phrase> | null {
    if (!this.firsts.has(tokens[from].key)) return null;
    const text = tokens[from].text;
    let best: PhraseHit<Phrase> | null = null;
    for (let i = from; i < tokens.length && i < from + MAX_TOKENS; i++) {
      if (i > from && tokens[i].blockStart) break;
      const key = i === from ? tokens[from].key : spanKey(joinTokens(tokens, from, i, text));
      if (i === from + 1 && !this.openers.has(key)) break;
      const hit = this.names.get(key);
      if (hit === undefined || !(hit & 1)) continue;
      const p = this.phrase(hit, key);
      if (accept(p, from, i + 1)) best = { from, to: i + 1, values: [p] };
    }
    return best;
  }
}

/** The text tokens [from, to] span, with one space wherever the text had space between them. */
function joinTokens(tokens: readonly Token[], from: number, to: number, first: string): string {
  let out = first;
  for (let k = from + 1; k <= to; k++) out += (tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].text;
  return out;
}

/** The one-line role with its years and "former": "Former Prime Minister of X (2017–2020)". */
export function cardRole(e: Pick<KbEntry, 'role' | 'years' | 'former'>): string {
  if (!e.role) return '';
  const role = e.former && !/^former /i.test(e.role) ? `Former ${e.role}` : e.role;
  return e.years ? `${role} (${e.years})` : role;
}
