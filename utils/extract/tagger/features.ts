/**
 * The one feature function of the name tagger, shared by training (scripts/train.ts) and
 * tagging (./index.ts), so what the model learnt is exactly what it reads.
 *
 * Features (in the spirit of Ratinov & Roth 2009) are 32-bit hashes of (template, value):
 * the word and its lowercase form, a Unicode-aware shape (Lu→X, Ll→x, N→d), prefixes and
 * suffixes, the neighbours' words and shapes, the sentence and headline position, title
 * and role words, gazetteer and name-list membership, and the type this word was given
 * earlier in the same document (extended prediction history). Tokens are Dossier's own
 * (`utils/text/tokens.ts`), in training too, so "U.S." is read the same way everywhere.
 *
 * Boundary cases: an empty token list gives an empty context; neighbours past either end
 * read as a fixed boundary value; history is optional (no document yet → no feature).
 */
import type { Token } from '@/utils/text/tokens';
import { runToEnd, type Steps } from '@/utils/schedule/slices';

/** Gazetteer membership for the token at `i`: the longest phrase starting there. */
export type GazetteerLookup = (tokens: readonly Token[], i: number) => { to: number; type: string } | null;

/** Name lists compiled into the model: lowercase given names and surnames. */
export interface NameLists {
  given: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
}

/** Lowercase words that introduce a person ("spokesman", "minister", "Mr"). */
export const ROLE_WORDS = new Set(
  `president minister secretary chancellor premier senator sen rep governor gov mayor ambassador envoy general gen
admiral adm colonel col captain capt major maj commander sergeant sgt king queen prince princess emir sheikh ayatollah
pope speaker leader chairman chairwoman chair director chief spokesman spokeswoman spokesperson justice judge prosecutor
mr mrs ms dr sir dame lord lady coach manager striker midfielder defender goalkeeper captain skipper official analyst
economist lawyer attorney executive ceo founder author reporter correspondent editor journalist professor lieutenant
commissioner deputy inspector detective officer candidate opponent rival veteran activist negotiator mediator adviser
advisor aide diplomat councillor counselor`.split(/\s+/),
);

/** Per-document features of every token, computed once; `features` then reads them. */
export interface FeatureContext {
  tokens: readonly Token[];
  lower: string[];
  /** Hash atoms per token: word, lower, shape, short shape. */
  word: Uint32Array;
  low: Uint32Array;
  shape: Uint32Array;
  short: Uint32Array;
  /** 1 at the first word of a sentence. */
  sentStart: Uint8Array;
  /** 0 ordinary text, 1 a Title Case line, 2 an all-capitals line. */
  lineCase: Uint8Array;
  /** Whitespace around the token: 1 glued to the previous token, 2 to the next ("U.S.", "Lee Cheuk-yan"). */
  glue: Uint8Array;
  /** Position in a run of capitalised words: 0 none, 1 single, 2 first, 3 inside, 4 last. */
  capRun: Uint8Array;
  /** 1 when the word also stands in lowercase somewhere in the document (a common word). */
  seenLower: Uint8Array;
  /** Gazetteer code: 0 none, else a hash of "B|I" + type. */
  gaz: Uint32Array;
  /** 1 when the token holds a capital letter ("Putin", "iPhone", "U"). */
  capital: Uint8Array;
  /** Dense id of the token's text in this document (0 … types - 1): what per-word caches index. */
  type: Int32Array;
  types: number;
  names: NameLists;
}

/** FNV-1a over `s[from, to)`, without slicing. */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a over a string. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One feature id from a template number and a value hash (murmur3 finaliser). */
function mix(template: number, value: number): number {
  let h = (value ^ Math.imul(template + 1, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const pair = (a: number, b: number) => mix(a, b ^ 0x5bd1e995);

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

/** Shape: Lu→X, Ll→x, N→d, others kept; runs longer than two cut to two ("Xxx" → "Xxx"? no: "Xx"). */
export function shapeOf(word: string): { shape: string; short: string } {
  let shape = '';
  let short = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    let c: string;
    if (code < 128) c = code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch;
    else c = UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : DIGIT.test(ch) ? 'd' : /\p{L}|\p{M}/u.test(ch) ? 'x' : ch;
    if (c === last) run++;
    else {
      run = 1;
      short += c;
    }
    if (run <= 2) shape += c;
    last = c;
  }
  return { shape, short };
}

const BOUNDARY = hashString('<b>');
const at = (n: number, a: Uint32Array, k: number) => (k >= 0 && k < n ? a[k] : BOUNDARY);

/** Room for every feature of one token. */
export const MAX_FEATURES = 64;
const SENTENCE_END = new Set(['.', '!', '?', ':', '"', '“', '”', '(', '-', '—', '–', "'"]);

/** What features read of a word's text alone; cached across documents. */
interface WordInfo {
  word: number;
  low: number;
  shape: number;
  short: number;
  /** Starts with a letter. */
  letter: boolean;
  /** Starts with a capital. */
  capital: boolean;
  /** Has no lowercase letter. */
  upper: boolean;
  /** Holds a capital letter anywhere. */
  cased: boolean;
  /** A lowercase word of two letters or more. */
  lowerWord: boolean;
}

const wordInfo = new Map<string, WordInfo>();
const GAZ_BEGIN = hashString('B');
const GAZ_INSIDE = hashString('I');

function infoOf(text: string, key: string): WordInfo {
  let w = wordInfo.get(text);
  if (w) return w;
  if (wordInfo.size > 100_000) wordInfo.clear();
  const { shape, short } = shapeOf(text);
  const letter = /^\p{L}/u.test(text);
  w = {
    word: hashString(text),
    low: hashString(key),
    shape: hashString(shape),
    short: hashString(short),
    letter,
    capital: /^\p{Lu}/u.test(text),
    upper: letter && text === text.toUpperCase(),
    cased: text !== key && UPPER.test(text),
    lowerWord: letter && text === key && text.length > 1,
  };
  wordInfo.set(text, w);
  return w;
}

/**
 * Builds the per-document context. `gazetteer` gives the longest known phrase at a token
 * (a larger list can be plugged in later); `names` the given-name and surname lists.
 */
export function featureContext(tokens: readonly Token[], gazetteer: GazetteerLookup | null, names: NameLists): FeatureContext {
  return runToEnd(featureContextSteps(tokens, gazetteer, names));
}

/** Tokens between pauses while the context is built. */
const CONTEXT_STEP = 4096;

/** `featureContext` as steps that may pause between slices of tokens (same result). */
export function* featureContextSteps(
  tokens: readonly Token[],
  gazetteer: GazetteerLookup | null,
  names: NameLists,
): Steps<FeatureContext> {
  const n = tokens.length;
  const ctx: FeatureContext = {
    tokens,
    lower: new Array(n),
    word: new Uint32Array(n),
    low: new Uint32Array(n),
    shape: new Uint32Array(n),
    short: new Uint32Array(n),
    sentStart: new Uint8Array(n),
    lineCase: new Uint8Array(n),
    glue: new Uint8Array(n),
    capRun: new Uint8Array(n),
    seenLower: new Uint8Array(n),
    gaz: new Uint32Array(n),
    capital: new Uint8Array(n),
    type: new Int32Array(n),
    types: 0,
    names,
  };
  // One map lookup per token: a word met before in this document reuses its info.
  const types = new Map<string, number>();
  const typeInfo: WordInfo[] = [];
  const lowercase = new Set<string>();
  const infos: WordInfo[] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (i % CONTEXT_STEP === CONTEXT_STEP - 1) yield;
    const t = tokens[i];
    let type = types.get(t.text);
    if (type === undefined) {
      types.set(t.text, (type = types.size));
      const info = infoOf(t.text, t.key);
      typeInfo.push(info);
      if (info.lowerWord) lowercase.add(t.key);
    }
    const w = typeInfo[type];
    infos[i] = w;
    ctx.type[i] = type;
    ctx.lower[i] = t.key;
    ctx.word[i] = w.word;
    ctx.low[i] = w.low;
    ctx.shape[i] = w.shape;
    ctx.short[i] = w.short;
    ctx.capital[i] = w.cased ? 1 : 0;
    ctx.sentStart[i] = i === 0 || t.blockStart || SENTENCE_END.has(tokens[i - 1].text) ? 1 : 0;
  }
  ctx.types = types.size;
  for (let i = 0; i < n; i++) {
    ctx.glue[i] =
      (i > 0 && tokens[i - 1].end === tokens[i].start ? 1 : 0) | (i + 1 < n && tokens[i + 1].start === tokens[i].end ? 2 : 0);
    if (!infos[i].capital) continue;
    if (lowercase.has(ctx.lower[i])) ctx.seenLower[i] = 1;
    const before = i > 0 && !tokens[i].blockStart && infos[i - 1].capital;
    const after = i + 1 < n && !tokens[i + 1].blockStart && infos[i + 1].capital;
    ctx.capRun[i] = before ? (after ? 3 : 4) : after ? 2 : 1;
  }
  // Line case: all capitals or Title Case lines say little about names from a capital.
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && !tokens[end].blockStart) end++;
    let words = 0;
    let caps = 0;
    let upper = 0;
    for (let i = start; i < end; i++) {
      const w = infos[i];
      if (!w.letter) continue;
      words++;
      if (w.capital) caps++;
      if (w.upper) upper++;
    }
    const kind = words >= 2 && upper === words ? 2 : words >= 3 && caps / words >= 0.75 ? 1 : 0;
    if (kind) ctx.lineCase.fill(kind, start, end);
    start = end;
  }
  yield;
  if (gazetteer) {
    for (let i = 0, step = 0; i < n;) {
      if (++step % CONTEXT_STEP === 0) yield;
      const hit = gazetteer(tokens, i);
      if (!hit) {
        i++;
        continue;
      }
      for (let k = i; k < hit.to; k++) ctx.gaz[k] = hashString(hit.type, k === i ? GAZ_BEGIN : GAZ_INSIDE);
      i = hit.to;
    }
  }
  return ctx;
}

/** Prediction history: the type (PER/ORG/LOC/MISC hash) a lowercase word last had in this document. */
export type History = Map<string, number>;

const T = {
  bias: 0,
  word: 1,
  low: 2,
  lowP1: 3,
  lowN1: 4,
  lowP2: 5,
  lowN2: 6,
  shape: 7,
  shapeP1: 8,
  shapeN1: 9,
  shapePair: 10,
  shapePairN: 11,
  pre1: 12,
  pre2: 13,
  pre3: 14,
  pre4: 15,
  suf1: 16,
  suf2: 17,
  suf3: 18,
  suf4: 19,
  sentShape: 20,
  lineShape: 21,
  gaz: 22,
  gazP1: 23,
  gazN1: 24,
  given: 25,
  givenP1: 26,
  surname: 27,
  role: 28,
  hist: 29,
  lowPair: 30,
  lowPairN: 31,
  short: 32,
  lineLow: 33,
  gazShape: 34,
  histShape: 35,
  givenShape: 36,
  shortP1N1: 37,
  capRun: 38,
  capRunSent: 39,
  seenLower: 40,
  seenLowerSent: 41,
  capRunLowN1: 42,
  glue: 43,
  glueP1: 44,
  glueN1: 45,
} as const;

const YES = hashString('y');

/**
 * The features of a token that depend on its text alone (word, lowercase, shape, affixes,
 * name lists): the same for every occurrence, so tagging may score them once per word.
 * Written into `out` from `k`; returns the new end.
 */
export function wordFeatures(ctx: FeatureContext, i: number, out: Int32Array, k: number): number {
  const low = ctx.lower[i];
  out[k++] = mix(T.bias, 0);
  out[k++] = mix(T.word, ctx.word[i]);
  out[k++] = mix(T.low, ctx.low[i]);
  out[k++] = mix(T.shape, ctx.shape[i]);
  out[k++] = mix(T.short, ctx.short[i]);
  const len = low.length;
  if (len > 1) {
    out[k++] = mix(T.pre1, hashRange(low, 0, 1));
    out[k++] = mix(T.pre2, hashRange(low, 0, 2));
    out[k++] = mix(T.suf1, hashRange(low, len - 1, len));
    out[k++] = mix(T.suf2, hashRange(low, len - 2, len));
  }
  if (len > 3) {
    out[k++] = mix(T.pre3, hashRange(low, 0, 3));
    out[k++] = mix(T.suf3, hashRange(low, len - 3, len));
  }
  if (len > 4) {
    out[k++] = mix(T.pre4, hashRange(low, 0, 4));
    out[k++] = mix(T.suf4, hashRange(low, len - 4, len));
  }
  if (ctx.names.given.has(low)) {
    out[k++] = mix(T.given, YES);
    out[k++] = mix(T.givenShape, pair(YES, ctx.short[i]));
  }
  if (ctx.names.surnames.has(low)) out[k++] = mix(T.surname, ctx.short[i]);
  return k;
}

/** Where `neighbourFeatures` reads a neighbour: two and one words before, one and two after. */
export const NEIGHBOURS = [-2, -1, 1, 2] as const;

/**
 * The features token `i` takes from the word `d` places away alone (its lowercase form,
 * shape, a given name before it; a place past either end reads as a boundary): the same
 * for every occurrence of that word at that place, so tagging may score them once per word.
 */
export function neighbourFeatures(
  ctx: FeatureContext,
  i: number,
  d: (typeof NEIGHBOURS)[number],
  out: Int32Array,
  k: number,
): number {
  const n = ctx.tokens.length;
  const j = i + d;
  if (d === -2) out[k++] = mix(T.lowP2, at(n, ctx.low, j));
  else if (d === 2) out[k++] = mix(T.lowN2, at(n, ctx.low, j));
  else if (d === -1) {
    out[k++] = mix(T.lowP1, at(n, ctx.low, j));
    out[k++] = mix(T.shapeP1, at(n, ctx.shape, j));
    if (j >= 0 && ctx.names.given.has(ctx.lower[j])) out[k++] = mix(T.givenP1, ctx.short[j]);
  } else {
    out[k++] = mix(T.lowN1, at(n, ctx.low, j));
    out[k++] = mix(T.shapeN1, at(n, ctx.shape, j));
  }
  return k;
}

/**
 * The features of token `i` that read its word with its own place: sentence start, line
 * case, glue, position in a capitalised run, whether the page writes it in lowercase.
 * Tokens with the same `stateKey` get the same ones, so tagging may score them once.
 */
export function stateFeatures(ctx: FeatureContext, i: number, out: Int32Array, k: number): number {
  const line = ctx.lineCase[i];
  const run = ctx.capRun[i];
  out[k++] = mix(T.sentShape, pair(ctx.sentStart[i], ctx.short[i]));
  out[k++] = mix(T.lineShape, pair(line, ctx.short[i]));
  if (line) out[k++] = mix(T.lineLow, pair(line, ctx.low[i]));
  out[k++] = mix(T.glue, pair(ctx.glue[i], ctx.word[i]));
  out[k++] = mix(T.capRun, pair(run, line));
  out[k++] = mix(T.capRunSent, pair(run, ctx.sentStart[i]));
  if (ctx.seenLower[i]) {
    out[k++] = mix(T.seenLower, YES);
    out[k++] = mix(T.seenLowerSent, pair(ctx.sentStart[i], ctx.low[i]));
  }
  return k;
}

/** What `stateFeatures` reads of token `i`, as one number (word type, run, sentence start, line case, glue). */
export function stateKey(ctx: FeatureContext, i: number): number {
  return (((ctx.type[i] * 5 + ctx.capRun[i]) * 2 + ctx.sentStart[i]) * 3 + ctx.lineCase[i]) * 4 + ctx.glue[i];
}

/** The other features of token `i`: pairs with its neighbours, gazetteer, role word, the history. */
export function contextFeatures(ctx: FeatureContext, i: number, history: History | null, out: Int32Array, k: number): number {
  const n = ctx.tokens.length;
  const low = ctx.lower[i];
  out[k++] = mix(T.lowPair, pair(at(n, ctx.low, i - 1), ctx.low[i]));
  out[k++] = mix(T.lowPairN, pair(ctx.low[i], at(n, ctx.low, i + 1)));
  out[k++] = mix(T.shapePair, pair(at(n, ctx.short, i - 1), ctx.short[i]));
  out[k++] = mix(T.shapePairN, pair(ctx.short[i], at(n, ctx.short, i + 1)));
  out[k++] = mix(T.shortP1N1, pair(pair(at(n, ctx.short, i - 1), ctx.short[i]), at(n, ctx.short, i + 1)));
  out[k++] = mix(T.glueP1, pair(i > 0 ? ctx.glue[i - 1] : 4, at(n, ctx.short, i - 1)));
  out[k++] = mix(T.glueN1, pair(i + 1 < n ? ctx.glue[i + 1] : 4, at(n, ctx.short, i + 1)));
  const run = ctx.capRun[i];
  if (run) out[k++] = mix(T.capRunLowN1, pair(run, at(n, ctx.low, i + 1)));
  const gaz = ctx.gaz[i];
  out[k++] = mix(T.gaz, gaz);
  if (gaz) out[k++] = mix(T.gazShape, pair(gaz, ctx.short[i]));
  out[k++] = mix(T.gazP1, at(n, ctx.gaz, i - 1));
  out[k++] = mix(T.gazN1, at(n, ctx.gaz, i + 1));
  if (i > 0 && ROLE_WORDS.has(ctx.lower[i - 1])) out[k++] = mix(T.role, ctx.short[i]);
  const seen = history?.get(low);
  if (seen !== undefined) {
    out[k++] = mix(T.hist, seen);
    out[k++] = mix(T.histShape, pair(seen, ctx.short[i]));
  }
  return k;
}

/**
 * Every feature id of token `i` into `out` (at least `MAX_FEATURES` long); returns how
 * many. Training reads this; tagging reads the same parts (word, neighbour and state features cached).
 */
export function features(ctx: FeatureContext, i: number, history: History | null, out: Int32Array): number {
  let k = wordFeatures(ctx, i, out, 0);
  for (const d of NEIGHBOURS) k = neighbourFeatures(ctx, i, d, out, k);
  return contextFeatures(ctx, i, history, out, stateFeatures(ctx, i, out, k));
}
