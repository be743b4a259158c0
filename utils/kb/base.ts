/**
 * The knowledge base in memory: `public/kb/actors.tsv` (format.ts) as bytes and its lookup
 * index (index-file.ts), looked up in constant time per candidate name. Loading builds
 * nothing (the index is a hash table already); an entry is decoded only when asked for.
 * `facts(name)` finds an entry by any of its names (shown or matched; case ignored, and
 * accents when the exact spelling is not known); `longestAt` finds matchable names in a
 * token stream for the extractor, with the contract of `PhraseTrie.longestAt`: the longest
 * name starting at a token, never across a block, within `MAX_TOKENS` tokens. A stream is
 * probed further only where its first two tokens open a known name.
 */
import { decodeLine, KbFormatError, type KbEntry } from './format';
import { buildIndex, hashKey, INDEX_MAGIC } from './index-file';
import { tokenize, type Token } from '@/utils/text/tokens';
import type { Phrase } from '@/utils/extract/gazetteer';
import type { PhraseHit } from '@/utils/text/phrase-trie';

const MAX_TOKENS = 12;

/** The lowercase text of a candidate's tokens, single spaces between words. */
const spanKey = (text: string) =>
  (text.includes('  ') || /[\t\u00a0]/.test(text) ? text.replace(/\s+/g, ' ') : text).toLowerCase();

const decoder = new TextDecoder();

export class KnowledgeBase {
  private readonly offsets: Uint32Array;
  private readonly names: Uint32Array;
  private readonly nameHashes: Uint32Array;
  private readonly prefixes: Uint32Array;
  private readonly cache = new Map<number, KbEntry>();
  private readonly phrases = new Map<string, Phrase>();

  /** The base from the bytes of `actors.tsv` and `index.bin`; throws `KbFormatError` when they do not fit. */
  constructor(
    private readonly tsv: Uint8Array,
    index: Uint8Array,
  ) {
    if (index.byteLength < 16 || index.byteLength % 4) throw new KbFormatError('index file unreadable');
    const words = new Uint32Array(index.buffer, index.byteOffset, index.byteLength / 4);
    const [magic, rows, nameSlots, prefixSlots] = words;
    if (magic !== INDEX_MAGIC || words.length !== 4 + rows + 1 + 2 * nameSlots + prefixSlots)
      throw new KbFormatError('index file unreadable');
    this.offsets = words.subarray(4, 5 + rows);
    this.names = words.subarray(5 + rows, 5 + rows + nameSlots);
    this.nameHashes = words.subarray(5 + rows + nameSlots, 5 + rows + 2 * nameSlots);
    this.prefixes = words.subarray(5 + rows + 2 * nameSlots);
    if (this.offsets[rows] !== tsv.length) throw new KbFormatError('reference list and its index do not match (file truncated?)');
  }

  /** The base from the text of `actors.tsv` alone, its index built here (Node, tests). */
  static parse(text: string): KnowledgeBase {
    const bytes = new TextEncoder().encode(text);
    return new KnowledgeBase(bytes, buildIndex(bytes));
  }

  /** Number of actors. */
  get size(): number {
    return this.offsets.length - 1;
  }

  private entry(row: number): KbEntry {
    let e = this.cache.get(row);
    if (!e)
      this.cache.set(
        row,
        (e = decodeLine(decoder.decode(this.tsv.subarray(this.offsets[row], this.offsets[row + 1])).replace(/\n$/, ''), row + 2)),
      );
    return e;
  }

  /** Every entry, decoded (for tests and reports; lookups never need it). */
  get entries(): KbEntry[] {
    return Array.from({ length: this.size }, (_, row) => this.entry(row));
  }

  /** The slot value for a lowercase key (row × 2 + 2, + 1 when matchable), or 0. */
  private slot(key: string): number {
    const mask = this.names.length - 1;
    const h = hashKey(key);
    for (let i = h & mask; this.names[i]; i = (i + 1) & mask) {
      if (this.nameHashes[i] !== h) continue;
      const v = this.names[i];
      const e = this.entry((v - 2) >> 1);
      if (e.name.toLowerCase() === key || e.aliases.some((a) => (a.startsWith('~') ? a.slice(1) : a).toLowerCase() === key))
        return v;
    }
    return 0;
  }

  private hasPrefix(key: string): boolean {
    const mask = this.prefixes.length - 1;
    const h = hashKey(key);
    for (let i = h & mask; this.prefixes[i]; i = (i + 1) & mask) if (this.prefixes[i] === h) return true;
    return false;
  }

  /** The entry one of whose names is `name` (case and accents ignored), or undefined. */
  facts(name: string): KbEntry | undefined {
    const key = spanKey(name.trim());
    const v = this.slot(key) || this.slot(key.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'));
    return v ? this.entry((v - 2) >> 1) : undefined;
  }

  /** The phrase a matchable key stands for, with the name as written (for the case check); made once. */
  private phrase(v: number, key: string): Phrase {
    let p = this.phrases.get(key);
    if (!p) {
      const entry = this.entry((v - 2) >> 1);
      const surface = [entry.name, ...entry.aliases].find((n) => n.toLowerCase() === key) ?? entry.name;
      const role = cardRole(entry);
      p = {
        entry: { id: entry.id, name: entry.name, type: entry.type, ...(role ? { role } : {}) },
        kind: 'name',
        tokens: tokenize(surface).map((t) => t.text),
      };
      this.phrases.set(key, p);
    }
    return p;
  }

  /** Same contract as `PhraseTrie.longestAt`. */
  longestAt(
    tokens: readonly Token[],
    from: number,
    accept: (value: Phrase, from: number, to: number) => boolean,
  ): PhraseHit<Phrase> | null {
    const first = tokens[from];
    // Every matchable name opens with a capital (compile.ts): a token without one opens none.
    if (first.text === first.key || !this.hasPrefix(first.key)) return null;
    let key = first.key;
    let best: PhraseHit<Phrase> | null = null;
    for (let i = from; i < tokens.length && i < from + MAX_TOKENS; i++) {
      if (i > from) {
        if (tokens[i].blockStart) break;
        // The lowercase text the tokens span, one space wherever the text had space.
        key += (tokens[i].start > tokens[i - 1].end ? ' ' : '') + tokens[i].key;
        if (i === from + 1 && !this.hasPrefix(key)) break;
      }
      const v = this.slot(key);
      if (!(v & 1)) continue;
      const p = this.phrase(v, key);
      if (accept(p, from, i + 1)) best = { from, to: i + 1, values: [p] };
    }
    return best;
  }
}

/** The one-line role with its years and "former": "Former Prime Minister of X (2017–2020)". */
export function cardRole(e: Pick<KbEntry, 'role' | 'years' | 'former'>): string {
  if (!e.role) return '';
  const role = e.former && !/^former /i.test(e.role) ? `Former ${e.role}` : e.role;
  return e.years ? `${role} (${e.years})` : role;
}
