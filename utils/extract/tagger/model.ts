/**
 * The tagger's model: BIO tags for PER/ORG/LOC/MISC, feature weights and tag-transition
 * weights, and the name lists compiled in. Decoding is first-order Viterbi with the BIO
 * constraint (an I- tag only continues its own type).
 *
 * File format (`public/tagger.bin`): "DTG1", a u32 header length, the header as UTF-8 JSON
 * (tags, scale, transitions, name lists, settings), then the feature hashes sorted and
 * delta-coded as varints, then one int8 weight per feature and tag (× scale). A file that
 * is not this (wrong magic, truncated, sizes that disagree) is refused with a
 * `TaggerModelError` saying why; nothing is half-loaded.
 */
import type { NameLists } from './features';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const NTAGS = TAGS.length;
export type EntityKind = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** Weights a decoder reads: NTAGS weights per feature, one per tag. */
export interface Weights {
  /** Where the feature's weights start in `w` (-1 when the model has none for it). */
  offset(feature: number): number;
  /** Weight of (feature, tag) is `w[offset(feature) + tag] * scale`. */
  w: ArrayLike<number>;
  scale: number;
  /** transitions[prev * NTAGS + next]; start[tag] for the first token of a block. */
  transitions: ArrayLike<number>;
  start: ArrayLike<number>;
}

export interface TaggerModel extends Weights {
  names: NameLists;
  /** Training data and settings, as recorded by `npm run train`. */
  meta: Record<string, unknown>;
  features: number;
}

export class TaggerModelError extends Error {}

/** allowed[prev * NTAGS + next]: I-X only after B-X or I-X. */
const ALLOWED = (() => {
  const a = new Uint8Array(NTAGS * NTAGS);
  for (let p = 0; p < NTAGS; p++)
    for (let n = 0; n < NTAGS; n++) a[p * NTAGS + n] = n % 2 === 0 && n > 0 ? (p === n || p === n - 1 ? 1 : 0) : 1;
  return a;
})();
const startAllowed = (t: number) => t === 0 || t % 2 === 1;

/** Adds the weights of `ids[0..count)` into `out[0..NTAGS)`. */
export function emission(weights: Weights, ids: Int32Array, count: number, out: Float64Array, offset: number): void {
  const { w, scale } = weights;
  for (let k = 0; k < NTAGS; k++) out[offset + k] = 0;
  for (let j = 0; j < count; j++) {
    const base = weights.offset(ids[j]);
    if (base < 0) continue;
    for (let k = 0; k < NTAGS; k++) out[offset + k] += w[base + k];
  }
  if (scale !== 1) for (let k = 0; k < NTAGS; k++) out[offset + k] *= scale;
}

/** Viterbi's score and back-pointer tables, grown as blocks need and reused. */
let score = new Float64Array(64 * NTAGS);
let back = new Uint8Array(64 * NTAGS);

/**
 * Best tag sequence for `n` tokens whose emission scores are `em[i * NTAGS + tag]`,
 * written to `tags[at, at + n)`. `afterO`: the tokens follow an O inside a block (the transition from O scores the first
 * one, not the block start); `beforeO`: an O follows the last one in the block.
 */
export function viterbi(
  weights: Weights,
  em: Float64Array,
  n: number,
  tags: Uint8Array,
  at = 0,
  afterO = false,
  beforeO = false,
): void {
  if (n === 0) return;
  if (score.length < n * NTAGS) {
    score = new Float64Array(n * NTAGS * 2);
    back = new Uint8Array(n * NTAGS * 2);
  }
  const { transitions, start } = weights;
  for (let t = 0; t < NTAGS; t++) {
    if (afterO) score[t] = ALLOWED[t] ? em[t] + transitions[t] : -Infinity;
    else score[t] = startAllowed(t) ? em[t] + start[t] : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const base = i * NTAGS;
    const prev = base - NTAGS;
    for (let t = 0; t < NTAGS; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < NTAGS; p++) {
        if (!ALLOWED[p * NTAGS + t]) continue;
        const s = score[prev + p] + transitions[p * NTAGS + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + t] = best + em[base + t];
      back[base + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * NTAGS;
  for (let t = 0; t < NTAGS; t++) {
    const s = beforeO ? score[last + t] + transitions[t * NTAGS] : score[last + t];
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    tags[at + i] = arg;
    arg = back[i * NTAGS + arg];
  }
}

/** The kind of a tag index (0 = O → null). */
export const kindOf = (tag: number): EntityKind | null => (tag === 0 ? null : (TAGS[tag].slice(2) as EntityKind));

const MAGIC = 'DTG1';

/** Bytes per slot of `FeatureTable`: the key (4), the weights (NTAGS), a filled mark, padding. */
const SLOT = 16;
const FILLED = 4 + NTAGS;

/**
 * Feature id → its weights, open addressing over one buffer: a slot holds the key and the
 * feature's int8 weights side by side, so a lookup reads one cache line and allocates
 * nothing (ids are int32, most outside V8's small-integer range, which a Map would box).
 */
class FeatureTable {
  readonly bytes: Uint8Array;
  /** The same buffer as int8 weights: `w[offset + tag]`. */
  readonly w: Int8Array;
  private keys: Int32Array;
  private mask: number;

  constructor(size: number) {
    let cap = 16;
    while (cap < size * 2) cap *= 2;
    const buffer = new ArrayBuffer(cap * SLOT);
    this.bytes = new Uint8Array(buffer);
    this.w = new Int8Array(buffer);
    this.keys = new Int32Array(buffer);
    this.mask = cap - 1;
  }

  /** Adds `key` and returns the offset where its NTAGS weights go. */
  add(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) & this.mask;
    while (this.bytes[i * SLOT + FILLED]) i = (i + 1) & this.mask;
    this.keys[i * (SLOT / 4)] = key;
    this.bytes[i * SLOT + FILLED] = 1;
    return i * SLOT + 4;
  }

  offset(key: number): number {
    const { bytes, keys, mask } = this;
    let i = Math.imul(key, 0x9e3779b1) & mask;
    for (;;) {
      if (!bytes[i * SLOT + FILLED]) return -1;
      if (keys[i * (SLOT / 4)] === key) return i * SLOT + 4;
      i = (i + 1) & mask;
    }
  }
}

interface Header {
  tags: readonly string[];
  features: number;
  scale: number;
  transitions: number[];
  start: number[];
  given: string[];
  surnames: string[];
  meta: Record<string, unknown>;
}

/** Serialises quantised weights: `keys` sorted ascending, `w` int8 rows in the same order. */
export function encodeModel(h: Omit<Header, 'tags' | 'features'>, keys: Uint32Array, w: Int8Array): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify({ ...h, tags: TAGS, features: keys.length }));
  const varints: number[] = [];
  let prev = 0;
  for (const k of keys) {
    let d = k - prev;
    prev = k;
    while (d >= 0x80) {
      varints.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 128);
    }
    varints.push(d);
  }
  const out = new Uint8Array(8 + header.length + varints.length + w.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  out.set(varints, 8 + header.length);
  out.set(new Uint8Array(w.buffer, w.byteOffset, w.length), 8 + header.length + varints.length);
  return out;
}

/** Reads a model file; throws `TaggerModelError` with the reason when it is not one. */
export function decodeModel(bytes: Uint8Array): TaggerModel {
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) {
    throw new TaggerModelError('The name model file is not a Dossier tagger model.');
  }
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + headerLength > bytes.length) throw new TaggerModelError('The name model file is truncated (header).');
  let h: Header;
  try {
    h = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength)));
  } catch {
    throw new TaggerModelError('The name model file is damaged (header).');
  }
  if (
    !Array.isArray(h.tags) ||
    h.tags.join() !== TAGS.join() ||
    h.transitions?.length !== NTAGS * NTAGS ||
    h.start?.length !== NTAGS
  ) {
    throw new TaggerModelError('The name model file is for another tag set.');
  }
  const table = new FeatureTable(h.features);
  const offsets = new Int32Array(h.features);
  let p = 8 + headerLength;
  let key = 0;
  for (let r = 0; r < h.features; r++) {
    let d = 0;
    let mul = 1;
    for (;;) {
      if (p >= bytes.length) throw new TaggerModelError('The name model file is truncated (features).');
      const b = bytes[p++];
      d += (b & 0x7f) * mul;
      mul *= 128;
      if (b < 0x80) break;
    }
    key += d;
    offsets[r] = table.add(key | 0);
  }
  if (bytes.length - p !== h.features * NTAGS) throw new TaggerModelError('The name model file is truncated (weights).');
  for (let r = 0; r < h.features; r++) table.bytes.set(bytes.subarray(p + r * NTAGS, p + (r + 1) * NTAGS), offsets[r]);
  return {
    offset: (f) => table.offset(f),
    w: table.w,
    scale: h.scale,
    transitions: Float64Array.from(h.transitions),
    start: Float64Array.from(h.start),
    names: { given: new Set(h.given), surnames: new Set(h.surnames) },
    meta: h.meta,
    features: h.features,
  };
}
