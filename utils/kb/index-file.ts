/**
 * The lookup index shipped beside the base (`public/kb/index.bin`), so that loading it in a
 * page costs two fetches and a few typed-array views, never a pass over 50,000 names:
 *
 *   u32 magic "DKB1" · u32 rows · u32 nameSlots · u32 prefixSlots
 *   u32 × (rows + 1)   byte offset in actors.tsv of each entry line (the last: the end)
 *   u32 × nameSlots    open-addressing table of lowercase names → row × 2 + 2 (+1 when matchable)
 *   u32 × nameSlots    the hash of the name in each slot (a probe decodes a row only on a hash match)
 *   u32 × prefixSlots  hash set of the first token, and the first two tokens, of matchable names
 *
 * Little-endian; slot counts are powers of two; 0 is an empty slot. A lookup hashes the
 * lowercase key (`hashKey`), probes linearly and checks the row's names, so hash collisions
 * never give a wrong entry; a prefix false positive only costs one more probe.
 */
import { decodeLine, headerCount, KbFormatError } from './format';

export const INDEX_MAGIC = 0x314b4244;

/** FNV-1a over UTF-16 code units; never 0 (the empty slot). */
export function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0 || 1;
}

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

/** Slots for `n` keys: a power of two, at most 3/4 full (a miss probes a few slots, hashes only). */
const slotsFor = (n: number) => {
  let size = 1024;
  while (size * 3 < n * 4) size *= 2;
  return size;
};

function insert(table: Uint32Array, hash: number, value: number, hashes?: Uint32Array): void {
  const mask = table.length - 1;
  let i = hash & mask;
  while (table[i]) i = (i + 1) & mask;
  table[i] = value;
  if (hashes) hashes[i] = hash;
}

/** The index of a shipped `actors.tsv` (its UTF-8 bytes); throws `KbFormatError` if it is not one. */
export function buildIndex(tsv: Uint8Array): Uint8Array {
  const decoder = new TextDecoder();
  const starts: number[] = [];
  const headerEnd = tsv.indexOf(10);
  if (headerEnd < 0) throw new KbFormatError('not a Dossier knowledge-base file');
  const count = headerCount(decoder.decode(tsv.subarray(0, headerEnd)));
  for (let at = headerEnd + 1; at < tsv.length;) {
    const end = tsv.indexOf(10, at);
    const stop = end < 0 ? tsv.length : end;
    if (stop > at) starts.push(at);
    at = stop + 1;
  }
  if (starts.length !== count) throw new KbFormatError(`expected ${count} entries, found ${starts.length} (file truncated?)`);
  const names = new Map<string, number>();
  const prefixSet = new Set<string>();
  starts.forEach((start, row) => {
    const end = tsv.indexOf(10, start);
    const e = decodeLine(decoder.decode(tsv.subarray(start, end < 0 ? tsv.length : end)), row + 2);
    const all: [string, boolean][] = [
      [e.name, e.nameMatches],
      ...e.aliases.map((a): [string, boolean] => (a.startsWith('~') ? [a.slice(1), false] : [a, true])),
    ];
    for (const [name, matches] of all) {
      const key = name.toLowerCase();
      const had = names.get(key);
      if (had === undefined || (matches && !(had & 1))) names.set(key, row * 2 + 2 + (matches ? 1 : 0));
      if (matches) for (const p of prefixes(key)) prefixSet.add(p);
    }
  });
  const nameTable = new Uint32Array(slotsFor(names.size));
  const nameHashes = new Uint32Array(nameTable.length);
  for (const [key, value] of names) insert(nameTable, hashKey(key), value, nameHashes);
  const prefixTable = new Uint32Array(slotsFor(prefixSet.size));
  for (const p of prefixSet) insert(prefixTable, hashKey(p), hashKey(p));
  const offsets = [...starts, tsv.length];
  const out = new Uint32Array(4 + offsets.length + 2 * nameTable.length + prefixTable.length);
  out.set([INDEX_MAGIC, starts.length, nameTable.length, prefixTable.length]);
  out.set(offsets, 4);
  out.set(nameTable, 4 + offsets.length);
  out.set(nameHashes, 4 + offsets.length + nameTable.length);
  out.set(prefixTable, 4 + offsets.length + 2 * nameTable.length);
  return new Uint8Array(out.buffer);
}
