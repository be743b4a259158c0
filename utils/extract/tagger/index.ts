/**
 * The name tagger: proposes PER/ORG/LOC/MISC spans over Dossier's tokens, block by block
 * (a block is a line of the TextIndex: headline, paragraph, caption), each block decoded
 * with Viterbi and its names remembered in the document's prediction history for the
 * blocks after it. Training decodes the same way, so both see the same thing. `tagSteps` yields between blocks and inside long ones, so a page can run it in
 * slices; `decodeDocument` is the same walk for training (it reports every block's tags).
 *
 * Boundary cases: no tokens → no spans; a span never crosses a block; tags are BIO so a
 * span always starts with B- and continues with its own I-.
 */
import type { Token } from '@/utils/text/tokens';
import type { Steps } from '@/utils/schedule/slices';
import {
  contextFeatures,
  featureContextSteps,
  features,
  hashString,
  MAX_FEATURES,
  NEIGHBOURS,
  neighbourFeatures,
  stateFeatures,
  stateKey,
  wordFeatures,
  type FeatureContext,
  type GazetteerLookup,
  type History,
} from './features';
import { emission, kindOf, NTAGS, viterbi, type EntityKind, type TaggerModel, type Weights } from './model';

export interface TaggedSpan {
  from: number;
  to: number;
  kind: EntityKind;
}

const KIND_HASH: Record<EntityKind, number> = {
  PER: hashString('PER'),
  ORG: hashString('ORG'),
  LOC: hashString('LOC'),
  MISC: hashString('MISC'),
};

/** Tokens scored between pauses. */
const TOKENS_PER_STEP = 256;
/** Spans of one decoded block [from, to) (`tags` indexed by token); adds their words to the history. */
function spansOf(ctx: FeatureContext, from: number, to: number, tags: Uint8Array, history: History, out: TaggedSpan[]): void {
  let open: TaggedSpan | null = null;
  for (let i = from; i < to; i++) {
    const tag = tags[i];
    const kind = kindOf(tag);
    if (open && (!kind || tag % 2 === 1)) open = null;
    if (kind && !open) out.push((open = { from: i, to: i + 1, kind }));
    else if (open) open.to = i + 1;
  }
  for (let i = from; i < to; i++) {
    const kind = kindOf(tags[i]);
    if (kind && /\p{L}/u.test(ctx.lower[i])) history.set(ctx.lower[i], KIND_HASH[kind]);
  }
}

/** How far from a capitalised word or a gazetteer phrase a token may still be part of a name. */
const REACH = 2;

/**
 * Where tagging scores tokens: within `REACH` tokens of a word with a capital letter or a
 * gazetteer phrase; a capital opening a sentence on a word the page also writes in
 * lowercase ("The", "He") does not count. Elsewhere (runs of lowercase words, figures and
 * punctuation) the tokens are taken as O. That is exact whenever the full decoder tags
 * them O too: the best path under the constraint is then the unconstrained best path.
 * Where it does not (the model running a name on over "said . He", a reference list), the
 * spans differ; `npm run eval` counts the tokens left out and every span that differs from
 * scoring every token, on CoNLL and on the labelled pages.
 */
export function nearNames(ctx: FeatureContext): Uint8Array {
  const n = ctx.tokens.length;
  const near = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!ctx.gaz[i] && (!ctx.capital[i] || (ctx.sentStart[i] && ctx.seenLower[i]))) continue;
    near.fill(1, Math.max(0, i - REACH), Math.min(n, i + REACH + 1));
  }
  return near;
}

/**
 * Decodes every block of `ctx` in order. `onBlock(from, tags, history)` sees each block's
 * tags before its words enter the history (training updates weights there, so with it
 * every token of every block is scored, nothing cached). Without it (tagging, fixed
 * weights) only the tokens `nearNames` keeps are scored, in runs decoded as blocks that
 * follow and precede an O, and a word's own features are scored once per document.
 * `full` scores every token in tagging too (the evaluation's reference).
 */
export function* decodeDocument(
  ctx: FeatureContext,
  weights: Weights,
  onBlock?: (from: number, tags: Uint8Array, history: History) => void,
  full = false,
): Steps<TaggedSpan[]> {
  const { tokens } = ctx;
  const history: History = new Map();
  const spans: TaggedSpan[] = [];
  const ids = new Int32Array(MAX_FEATURES);
  const fixed = !onBlock;
  const near = fixed && !full ? nearNames(ctx) : null;
  // A word's own features, and those it lends a neighbour at each place, scored once per
  // document: own[type * NTAGS + tag], lent[place][type * NTAGS + tag] (type `types` is
  // the boundary past either end).
  const cells = (ctx.types + 1) * NTAGS;
  const own = fixed ? new Float64Array(cells) : null;
  const lent = fixed ? NEIGHBOURS.map(() => new Float64Array(cells)) : [];
  const done = fixed ? new Uint8Array((ctx.types + 1) * (NEIGHBOURS.length + 1)) : null;
  // The word with its own place (stateKey), scored once per document: state[slot * NTAGS + tag].
  const stateSlots = new Map<number, number>();
  let state = new Float64Array(1024 * NTAGS);
  let scored = 0;
  let em = new Float64Array(64 * NTAGS);
  // Tags of the whole document; a token left out keeps its O.
  const tags = new Uint8Array(tokens.length);
  for (let from = 0; from < tokens.length;) {
    let to = from + 1;
    while (to < tokens.length && !tokens[to].blockStart) to++;
    for (let a = from; a < to;) {
      if (near && !near[a]) {
        a++;
        continue;
      }
      let b = a + 1;
      while (b < to && (!near || near[b])) b++;
      const n = b - a;
      if (em.length < n * NTAGS) em = new Float64Array(n * NTAGS * 2);
      for (let k = 0; k < n; k++) {
        if (++scored % TOKENS_PER_STEP === 0) yield;
        const i = a + k;
        const base = k * NTAGS;
        if (own && done) {
          const type = ctx.type[i];
          const at = type * NTAGS;
          if (!done[type]) {
            emission(weights, ids, wordFeatures(ctx, i, ids, 0), own, at);
            done[type] = 1;
          }
          emission(weights, ids, contextFeatures(ctx, i, history, ids, 0), em, base);
          for (let t = 0; t < NTAGS; t++) em[base + t] += own[at + t];
          const key = stateKey(ctx, i);
          let slot = stateSlots.get(key);
          if (slot === undefined) {
            slot = stateSlots.size;
            stateSlots.set(key, slot);
            if (state.length < (slot + 1) * NTAGS) {
              const grown = new Float64Array(state.length * 2);
              grown.set(state);
              state = grown;
            }
            emission(weights, ids, stateFeatures(ctx, i, ids, 0), state, slot * NTAGS);
          }
          for (let t = 0; t < NTAGS; t++) em[base + t] += state[slot * NTAGS + t];
          for (let p = 0; p < NEIGHBOURS.length; p++) {
            const j = i + NEIGHBOURS[p];
            const other = j >= 0 && j < tokens.length ? ctx.type[j] : ctx.types;
            const cache = lent[p];
            const cell = other * NTAGS;
            const flag = (p + 1) * (ctx.types + 1) + other;
            if (!done[flag]) {
              emission(weights, ids, neighbourFeatures(ctx, i, NEIGHBOURS[p], ids, 0), cache, cell);
              done[flag] = 1;
            }
            for (let t = 0; t < NTAGS; t++) em[base + t] += cache[cell + t];
          }
        } else emission(weights, ids, features(ctx, i, history, ids), em, base);
      }
      viterbi(weights, em, n, tags, a, a > from, b < to);
      a = b;
    }
    onBlock?.(from, tags.subarray(from, to), history);
    spansOf(ctx, from, to, tags, history, spans);
    from = to;
  }
  return spans;
}

/** The tagger's spans over `tokens`, in text order. */
export function* tagSteps(tokens: readonly Token[], model: TaggerModel, gazetteer: GazetteerLookup | null): Steps<TaggedSpan[]> {
  const ctx = yield* featureContextSteps(tokens, gazetteer, model.names);
  return yield* decodeDocument(ctx, model);
}

export type { TaggerModel };
