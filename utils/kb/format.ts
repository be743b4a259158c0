/**
 * The compiled knowledge base as shipped: one binary file (`public/kb/actors.bin`) that a
 * page opens with a few typed-array views and one pass over its word lengths; a word is
 * decoded the first time an entry that uses it is, and an entry only when a lookup needs
 * it. Little-endian:
 *
 *   header      u32 × 9: magic "DKB2", rows, words, dictionary bytes, record bytes,
 *               keys, key bucket bits, prefixes, prefix bucket bits
 *   u32 × (rows + 1)             where each entry's record starts in the records
 *   u32 × (2^keyBits + 1)        where each key bucket starts (index-file.ts)
 *   u32 × (2^prefixBits + 1)     where each prefix bucket starts
 *   u16 × keys                   each key's fingerprint, its low bit set when the name is matchable
 *   u16 × keys                   each key's entry row (so at most 65,535 entries)
 *   u16 × prefixes               each prefix's fingerprint
 *   u8 × words                   each word's length in bytes (so at most 255)
 *   dictionary                   the distinct words of every text field, UTF-8, back to back
 *   records                      one per entry, in id order
 *
 * A text field is a varint word count and a varint index into the dictionary per word
 * (words are split at single spaces; the commonest words have the smallest indices). A
 * record: a flags byte (type, former, whether the name is matchable, whether the id is
 * `kb/Q<number>`), the id (that number, or a text), name, the alias count, per alias a flags
 * byte (matchable; the alias is the accent-free form of the name before it, so not stored)
 * and its text, then role, country, years, asOf. Varints are unsigned LEB128.
 *
 * What an entry holds: `aliases` starting with "~" are shown, never matched (a common word,
 * a surname alone, a phrase several actors share); `asOf` is the year-month the role was
 * last known true. Text fields never contain tabs, line breaks or "|" (the compiler
 * removes them). Encoding is deterministic: the same entries give the same bytes.
 */
import type { ActorType } from '@/utils/model/kinds';
import { buildIndex } from './index-file';
import { fold } from './text';

export type KbType = ActorType;

export interface KbEntry {
  id: string;
  type: KbType;
  name: string;
  /** Other names; those starting with "~" are shown, never matched. */
  aliases: string[];
  role: string;
  country: string;
  years: string;
  former: boolean;
  asOf: string;
  /** Whether the canonical name itself may be matched. */
  nameMatches: boolean;
}

export class KbFormatError extends Error {}

const MAGIC = 0x324b4244;
const HEADER_WORDS = 9;
const TYPES: readonly KbType[] = ['person', 'organization', 'country', 'group'];
const FORMER = 4;
const NAME_MATCHES = 8;
const QID = 16;
const ALIAS_MATCHES = 1;
const ALIAS_FOLDED = 2;

const clean = (s: string) => s.replace(/[\t\n\r|]+/g, ' ').trim();
const words = (s: string) => (s ? s.split(' ') : []);
const qid = (id: string) => /^kb\/Q[1-9]\d{0,14}$/.test(id);

function varint(out: number[], n: number): void {
  while (n >= 128) {
    out.push((n % 128) | 128);
    n = Math.floor(n / 128);
  }
  out.push(n);
}

/** The shipped file of `entries` (already in the order they are to be shipped). */
export function encodeKb(input: readonly KbEntry[]): Uint8Array {
  const entries = input.map((e) => ({
    ...e,
    name: clean(e.name),
    aliases: e.aliases.map((a) => (a.startsWith('~') ? `~${clean(a.slice(1))}` : clean(a))),
    role: clean(e.role),
    country: clean(e.country),
  }));
  if (entries.length > 0xffff) throw new RangeError('the format holds at most 65,535 entries');
  // Each entry's texts in record order, with whether an alias is stored or rebuilt from the name before it.
  const texts = entries.map((e) => {
    const out: string[] = qid(e.id) ? [] : [e.id];
    out.push(e.name);
    let previous = e.name;
    for (const a of e.aliases) {
      const plain = a.replace(/^~/, '');
      if (plain === previous || plain !== fold(previous)) out.push(plain);
      previous = plain;
    }
    out.push(e.role, e.country, e.years, e.asOf);
    return out;
  });
  const counts = new Map<string, number>();
  for (const t of texts) for (const s of t) for (const w of words(s)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const dictionary = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w]) => w);
  const wordIndex = new Map(dictionary.map((w, i) => [w, i]));

  const record: number[] = [];
  const offsets = [0];
  const text = (s: string) => {
    const ws = words(s);
    varint(record, ws.length);
    for (const w of ws) varint(record, wordIndex.get(w)!);
  };
  for (const e of entries) {
    const isQ = qid(e.id);
    record.push(TYPES.indexOf(e.type) | (e.former ? FORMER : 0) | (e.nameMatches ? NAME_MATCHES : 0) | (isQ ? QID : 0));
    if (isQ) varint(record, Number(e.id.slice(4)));
    else text(e.id);
    text(e.name);
    varint(record, e.aliases.length);
    let previous = e.name;
    for (const a of e.aliases) {
      const plain = a.replace(/^~/, '');
      const folded = plain !== previous && plain === fold(previous);
      record.push((a.startsWith('~') ? 0 : ALIAS_MATCHES) | (folded ? ALIAS_FOLDED : 0));
      if (!folded) text(plain);
      previous = plain;
    }
    text(e.role);
    text(e.country);
    text(e.years);
    text(e.asOf);
    offsets.push(record.length);
  }

  const index = buildIndex(entries);
  const encoder = new TextEncoder();
  const encoded = dictionary.map((w) => encoder.encode(w));
  if (encoded.some((w) => w.length > 255)) throw new RangeError('the format holds words of at most 255 bytes');
  const dict = new Uint8Array(encoded.reduce((n, w) => n + 1 + w.length, 0));
  dict.set(
    encoded.map((w) => w.length),
    0,
  );
  let at = encoded.length;
  for (const w of encoded) {
    dict.set(w, at);
    at += w.length;
  }
  const u32 = [
    MAGIC,
    entries.length,
    dictionary.length,
    dict.length - dictionary.length,
    record.length,
    index.keyFps.length,
    index.keyBits,
    index.prefixFps.length,
    index.prefixBits,
    ...offsets,
    ...index.keyDir,
    ...index.prefixDir,
  ];
  const u16 = [...index.keyFps, ...index.keyRows, ...index.prefixFps];
  const out = new Uint8Array(u32.length * 4 + u16.length * 2 + dict.length + record.length);
  const view = new DataView(out.buffer);
  u32.forEach((v, i) => view.setUint32(i * 4, v, true));
  u16.forEach((v, i) => view.setUint16(u32.length * 4 + i * 2, v, true));
  out.set(dict, u32.length * 4 + u16.length * 2);
  out.set(Uint8Array.from(record), u32.length * 4 + u16.length * 2 + dict.length);
  return out;
}

/** The sections of a shipped file, as views over its bytes. */
export interface KbFile {
  rows: number;
  offsets: Uint32Array;
  keyBits: number;
  keyDir: Uint32Array;
  keyFps: Uint16Array;
  keyRows: Uint16Array;
  prefixBits: number;
  prefixDir: Uint32Array;
  prefixFps: Uint16Array;
  /** Word `i` of the dictionary (decoded once), or undefined past its end. */
  word(i: number): string | undefined;
  records: Uint8Array;
}

/** Opens a shipped file; throws `KbFormatError` when it is not one or is cut short. */
export function openKb(bytes: Uint8Array): KbFile {
  if (bytes.byteLength < HEADER_WORDS * 4) throw new KbFormatError('not a Dossier reference list');
  // Typed arrays need aligned offsets: a view at an odd offset gets a copy of its own.
  const buf = bytes.byteOffset % 4 ? bytes.slice() : bytes;
  const head = new Uint32Array(buf.buffer, buf.byteOffset, HEADER_WORDS);
  const [magic, rows, wordCount, dictBytes, recordBytes, keys, keyBits, prefixes, prefixBits] = head;
  if (magic !== MAGIC || keyBits < 1 || keyBits > 24 || prefixBits < 1 || prefixBits > 24)
    throw new KbFormatError('not a Dossier reference list');
  const u32Count = HEADER_WORDS + rows + 1 + (2 ** keyBits + 1) + (2 ** prefixBits + 1);
  const u16Count = 2 * keys + prefixes;
  if (buf.byteLength !== u32Count * 4 + u16Count * 2 + wordCount + dictBytes + recordBytes)
    throw new KbFormatError('the file does not have the size its header gives (file truncated?)');
  let at = buf.byteOffset + HEADER_WORDS * 4;
  const u32 = (n: number) => {
    const v = new Uint32Array(buf.buffer, at, n);
    at += n * 4;
    return v;
  };
  const u16 = (n: number) => {
    const v = new Uint16Array(buf.buffer, at, n);
    at += n * 2;
    return v;
  };
  const offsets = u32(rows + 1);
  const keyDir = u32(2 ** keyBits + 1);
  const prefixDir = u32(2 ** prefixBits + 1);
  const keyFps = u16(keys);
  const keyRows = u16(keys);
  const prefixFps = u16(prefixes);
  const lengths = new Uint8Array(buf.buffer, at, wordCount);
  const dictionary = new Uint8Array(buf.buffer, at + wordCount, dictBytes);
  const records = new Uint8Array(buf.buffer, at + wordCount + dictBytes, recordBytes);
  const starts = new Uint32Array(wordCount + 1);
  for (let i = 0; i < wordCount; i++) starts[i + 1] = starts[i] + lengths[i];
  if (
    starts[wordCount] !== dictBytes ||
    offsets[rows] !== recordBytes ||
    keyDir[2 ** keyBits] !== keys ||
    prefixDir[2 ** prefixBits] !== prefixes
  )
    throw new KbFormatError('the file does not hold what its header gives (file damaged?)');
  const decoder = new TextDecoder();
  const words: string[] = [];
  const word = (i: number) =>
    i < wordCount ? (words[i] ??= decoder.decode(dictionary.subarray(starts[i], starts[i + 1]))) : undefined;
  return { rows, offsets, keyBits, keyDir, keyFps, keyRows, prefixBits, prefixDir, prefixFps, word, records };
}

/** Entry `row` of an opened file; throws `KbFormatError` when its record is damaged. */
export function decodeEntry(file: KbFile, row: number): KbEntry {
  const bytes = file.records;
  let at = file.offsets[row];
  const end = file.offsets[row + 1];
  const num = () => {
    let n = 0;
    let scale = 1;
    for (;;) {
      if (at >= end) throw new KbFormatError(`entry ${row + 1} is damaged`);
      const b = bytes[at++];
      n += (b & 127) * scale;
      if (b < 128) return n;
      scale *= 128;
    }
  };
  const text = () => {
    const n = num();
    let s = '';
    for (let k = 0; k < n; k++) {
      const w = file.word(num());
      if (w === undefined) throw new KbFormatError(`entry ${row + 1} is damaged`);
      s += k ? ` ${w}` : w;
    }
    return s;
  };
  const flags = bytes[at++];
  const type = TYPES[flags & 3];
  const id = flags & QID ? `kb/Q${num()}` : text();
  const name = text();
  const aliases: string[] = [];
  let previous = name;
  for (let n = num(), k = 0; k < n; k++) {
    const f = bytes[at++];
    const plain = f & ALIAS_FOLDED ? fold(previous) : text();
    aliases.push(f & ALIAS_MATCHES ? plain : `~${plain}`);
    previous = plain;
  }
  const role = text();
  const country = text();
  const years = text();
  const asOf = text();
  if (at !== end) throw new KbFormatError(`entry ${row + 1} is damaged`);
  return {
    id,
    type,
    name,
    aliases,
    role,
    country,
    years,
    former: !!(flags & FORMER),
    asOf,
    nameMatches: !!(flags & NAME_MATCHES),
  };
}

/** Every entry of a shipped file (tests and reports; lookups decode one at a time). */
export function decodeKb(bytes: Uint8Array): KbEntry[] {
  const file = openKb(bytes);
  return Array.from({ length: file.rows }, (_, row) => decodeEntry(file, row));
}
