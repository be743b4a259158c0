/**
 * The knowledge base in memory: the shipped file (`public/kb/actors.bin`, format.ts) opened
 * as typed-array views, looked up in constant time per candidate name. Opening builds
 * nothing but the word list; an entry is decoded only when asked for.
 * `facts(name)` finds an entry by any of its names (shown or matched; case ignored, and
 * accents when the exact spelling is not known); `longestAt` finds matchable names in a
 * token stream for the extractor, with the contract of `PhraseTrie.longestAt`: the longest
 * name starting at a token, never across a block, within `MAX_TOKENS` tokens. A stream is
 * probed further only where its first two tokens open a known name.
 */
import { decodeEntry, openKb, type KbEntry, type KbFile } from './format';
import { bucketOf, hashKey } from './index-file';
import { tokenize, type Token } from '@/utils/text/tokens';
import type { Phrase } from '@/utils/extract/gazetteer';
import type { PhraseHit } from '@/utils/text/phrase-trie';

const MAX_TOKENS = 12;

/** The lowercase text of a candidate's tokens, single spaces between words. */
const spanKey = (text: string) =>
  (text.includes('  ') || /[\t\u00a0]/.test(text) ? text.replace(/\s+/g, ' ') : text).toLowerCase();

export class KnowledgeBase {
  private readonly file: KbFile;
  private readonly cache = new Map<number, KbEntry>();
  private readonly phrases = new Map<string, Phrase>();

  /** The base from the bytes of `actors.bin`; throws `KbFormatError` when they are not one. */
  constructor(bytes: Uint8Array) {
    this.file = openKb(bytes);
  }

  /** Number of actors. */
  get size(): number {
    return this.file.rows;
  }

  private entry(row: number): KbEntry {
    let e = this.cache.get(row);
    if (!e) this.cache.set(row, (e = decodeEntry(this.file, row)));
    return e;
  }

  /** Every entry, decoded (for tests and reports; lookups never need it). */
  get entries(): KbEntry[] {
    return Array.from({ length: this.size }, (_, row) => this.entry(row));
  }

  /** The slot value for a lowercase key (row × 2 + 2, + 1 when matchable), or 0. */
  private slot(key: string): number {
    const { keyBits, keyDir, keyFps, keyRows } = this.file;
    const h = hashKey(key);
    const b = bucketOf(h, keyBits);
    for (let i = keyDir[b]; i < keyDir[b + 1]; i++) {
      if ((keyFps[i] & 0xfffe) !== (h & 0xfffe)) continue;
      const e = this.entry(keyRows[i]);
      if (e.name.toLowerCase() === key || e.aliases.some((a) => (a.startsWith('~') ? a.slice(1) : a).toLowerCase() === key))
        return keyRows[i] * 2 + 2 + (keyFps[i] & 1);
    }
    return 0;
  }

  private hasPrefix(key: string): boolean {
    const { prefixBits, prefixDir, prefixFps } = this.file;
    const h = hashKey(key);
    const b = bucketOf(h, prefixBits);
    for (let i = prefixDir[b]; i < prefixDir[b + 1]; i++) if (prefixFps[i] === (h & 0xffff)) return true;
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
