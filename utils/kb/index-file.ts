/**
 * The lookup index inside the shipped file (format.ts), built at compile time so that
 * opening the base in a page builds nothing:
 *
 * - keys: every name and alias of every entry, lowercased, each with its entry's row and
 *   whether it may be matched on a page (an unmatchable spelling gives way to a matchable
 *   one of the same key; else the first entry wins);
 * - prefixes: the first token, and the first two tokens, of every matchable key.
 *
 * Each set is bucketed by the top bits of `hashKey` (2^bits buckets, about six keys
 * each: constant time per lookup) and holds 16 low bits of the hash as a fingerprint. A
 * key lookup checks the fingerprints of one bucket and then the row's names, so a
 * collision never gives a wrong entry; a prefix false positive only costs one more probe.
 */
import type { KbEntry } from './format';

/** FNV-1a over UTF-16 code units. */
export function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The bucket of a hash among 2^bits. */
export const bucketOf = (hash: number, bits: number) => hash >>> (32 - bits);

/** Characters that end a word token (the tokenizer's punctuation, as names use it). */
const isBreak = (c: number) =>
  c === 32 ||
  c === 45 ||
  c === 39 ||
  c === 46 ||
  c === 40 ||
  c === 41 ||
  c === 44 ||
  c === 38 ||
  c === 47 ||
  c === 58 ||
  c === 0x2019 ||
  c === 0x2010;

/** End of the token of `s` starting at `i` (a punctuation mark is a token of its own). */
function tokenEnd(s: string, i: number): number {
  if (isBreak(s.charCodeAt(i))) return i + 1;
  while (i < s.length && !isBreak(s.charCodeAt(i))) i++;
  return i;
}

/** The first token of a lowercase key, and its first two tokens ("al", "al-"; "edi", "edi rama"). */
export function prefixes(key: string): string[] {
  const first = tokenEnd(key, 0);
  let second = first;
  while (key.charCodeAt(second) === 32) second++;
  return second < key.length ? [key.slice(0, first), key.slice(0, tokenEnd(key, second))] : [key.slice(0, first)];
}

/** Bucket bits for `n` keys: about six keys a bucket (a few bytes of directory per key), at least two buckets. */
const bitsFor = (n: number) => Math.max(1, Math.ceil(Math.log2(Math.max(2, n / 6))));

/** Keys grouped by bucket (ties in key order, for the same bytes on every build): directory and order. */
function bucketed(keys: string[], bits: number): { dir: number[]; order: string[] } {
  const withHash = keys.map((k) => ({ k, b: bucketOf(hashKey(k), bits) }));
  withHash.sort((x, y) => x.b - y.b || (x.k < y.k ? -1 : x.k > y.k ? 1 : 0));
  const dir = new Array<number>(2 ** bits + 1).fill(0);
  for (const { b } of withHash) dir[b + 1]++;
  for (let i = 1; i < dir.length; i++) dir[i] += dir[i - 1];
  return { dir, order: withHash.map((x) => x.k) };
}

export interface KbIndex {
  keyBits: number;
  keyDir: number[];
  /** Low 16 bits of the hash with the lowest replaced by "matchable". */
  keyFps: number[];
  keyRows: number[];
  prefixBits: number;
  prefixDir: number[];
  prefixFps: number[];
}

/** The index of `entries` (in shipped order). */
export function buildIndex(entries: readonly KbEntry[]): KbIndex {
  const names = new Map<string, number>();
  const prefixSet = new Set<string>();
  entries.forEach((e, row) => {
    const all: [string, boolean][] = [
      [e.name, e.nameMatches],
      ...e.aliases.map((a): [string, boolean] => (a.startsWith('~') ? [a.slice(1), false] : [a, true])),
    ];
    for (const [name, matches] of all) {
      const key = name.toLowerCase();
      const had = names.get(key);
      if (had === undefined || (matches && !(had & 1))) names.set(key, row * 2 + (matches ? 1 : 0));
      if (matches) for (const p of prefixes(key)) prefixSet.add(p);
    }
  });
  const keyBits = bitsFor(names.size);
  const keys = bucketed([...names.keys()], keyBits);
  const prefixBits = bitsFor(prefixSet.size);
  const pre = bucketed([...prefixSet], prefixBits);
  return {
    keyBits,
    keyDir: keys.dir,
    keyFps: keys.order.map((k) => (hashKey(k) & 0xfffe) | (names.get(k)! & 1)),
    keyRows: keys.order.map((k) => names.get(k)! >> 1),
    prefixBits,
    prefixDir: pre.dir,
    prefixFps: pre.order.map((k) => hashKey(k) & 0xffff),
  };
}
