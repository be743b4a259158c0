/**
 * Averaged structured perceptron over the tagger's features (Collins 2002), then pruning
 * and int8 quantisation into a model file. Deterministic: documents are visited in an
 * order drawn from a seeded generator, and nothing else is random, so the same data and
 * settings give byte-identical weights.
 *
 * Training decodes exactly as tagging does (`decodeDocument`, the same feature function,
 * the history built from the model's own predictions), so there is no train/serve skew.
 */
import { runToEnd } from '@/utils/schedule/slices';
import { featureContext, features, MAX_FEATURES, type FeatureContext, type GazetteerLookup, type NameLists } from './features';
import { decodeDocument } from './index';
import { encodeModel, NTAGS, type Weights } from './model';
import type { Token } from '@/utils/text/tokens';
import { seededRandom } from '@/utils/random/seeded';

export interface TrainDocument {
  tokens: Token[];
  /** Gold tag index per token (see `TAGS`). */
  tags: Uint8Array;
}

export interface TrainSettings {
  epochs: number;
  seed: number;
  /** Keep at most this many features (largest weights first). */
  maxFeatures: number;
}

class Perceptron implements Weights {
  rows = new Map<number, number>();
  w = new Float64Array(1 << 20);
  acc = new Float64Array(1 << 20);
  scale = 1;
  transitions = new Float64Array(NTAGS * NTAGS);
  transAcc = new Float64Array(NTAGS * NTAGS);
  start = new Float64Array(NTAGS);
  startAcc = new Float64Array(NTAGS);
  c = 1;

  offset(f: number): number {
    const r = this.rows.get(f);
    return r === undefined ? -1 : r * NTAGS;
  }

  private rowOrAdd(f: number): number {
    let r = this.rows.get(f);
    if (r === undefined) {
      r = this.rows.size;
      this.rows.set(f, r);
      if ((r + 1) * NTAGS > this.w.length) {
        const grow = (a: Float64Array) => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.w = grow(this.w);
        this.acc = grow(this.acc);
      }
    }
    return r;
  }

  update(ids: Int32Array, count: number, tag: number, delta: number): void {
    for (let j = 0; j < count; j++) {
      const i = this.rowOrAdd(ids[j]) * NTAGS + tag;
      this.w[i] += delta;
      this.acc[i] += this.c * delta;
    }
  }

  updateTransition(prev: number, tag: number, delta: number): void {
    if (prev < 0) {
      this.start[tag] += delta;
      this.startAcc[tag] += this.c * delta;
    } else {
      this.transitions[prev * NTAGS + tag] += delta;
      this.transAcc[prev * NTAGS + tag] += this.c * delta;
    }
  }

  averaged(): { w: Float64Array; transitions: Float64Array; start: Float64Array } {
    const avg = (w: Float64Array, acc: Float64Array, n: number) =>
      Float64Array.from(w.subarray(0, n), (x, i) => x - acc[i] / this.c);
    return {
      w: avg(this.w, this.acc, this.rows.size * NTAGS),
      transitions: avg(this.transitions, this.transAcc, NTAGS * NTAGS),
      start: avg(this.start, this.startAcc, NTAGS),
    };
  }
}

/** One epoch's progress for the training script's log. */
export interface EpochReport {
  epoch: number;
  tokenErrors: number;
  features: number;
}

/** Trains and returns the model file's bytes. */
export function train(
  docs: readonly TrainDocument[],
  settings: TrainSettings,
  gazetteer: GazetteerLookup | null,
  names: NameLists,
  meta: Record<string, unknown>,
  onEpoch?: (r: EpochReport) => void,
): Uint8Array {
  const p = new Perceptron();
  const contexts: FeatureContext[] = docs.map((d) => featureContext(d.tokens, gazetteer, names));
  const order = docs.map((_, i) => i);
  const rand = seededRandom(settings.seed);
  const ids = new Int32Array(MAX_FEATURES);
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const d of order) {
      const ctx = contexts[d];
      const gold = docs[d].tags;
      runToEnd(
        decodeDocument(ctx, p, (from, tags, history) => {
          let wrong = false;
          for (let k = 0; k < tags.length; k++) if (tags[k] !== gold[from + k]) wrong = true;
          if (wrong) {
            for (let k = 0; k < tags.length; k++) {
              const g = gold[from + k];
              const t = tags[k];
              const gp = k ? gold[from + k - 1] : -1;
              const tp = k ? tags[k - 1] : -1;
              if (g === t && gp === tp) continue;
              if (g !== t) errors++;
              const count = features(ctx, from + k, history, ids);
              if (g !== t) {
                p.update(ids, count, g, 1);
                p.update(ids, count, t, -1);
              }
              p.updateTransition(gp, g, 1);
              p.updateTransition(tp, t, -1);
            }
          }
          p.c++;
        }),
      );
    }
    onEpoch?.({ epoch, tokenErrors: errors, features: p.rows.size });
  }
  return quantise(p, settings.maxFeatures, names, meta);
}

function quantise(p: Perceptron, maxFeatures: number, names: NameLists, meta: Record<string, unknown>): Uint8Array {
  const { w, transitions, start } = p.averaged();
  const entries = [...p.rows];
  const peak = new Float64Array(entries.length);
  for (let r = 0; r < entries.length; r++) {
    let m = 0;
    for (let k = 0; k < NTAGS; k++) m = Math.max(m, Math.abs(w[r * NTAGS + k]));
    peak[r] = m;
  }
  // A few very large weights (bias, punctuation) would flatten the rest to zero: the scale
  // follows the 99.9th percentile and the rare larger weights are clipped.
  const sorted = Float64Array.from(peak).sort();
  const scale = (sorted[Math.floor(sorted.length * 0.999)] ?? 1) / 127 || 1;
  // Keep the strongest rows whose weights survive quantisation; ties broken by hash.
  const kept = entries
    .map(([key, r]) => ({ key: key >>> 0, r }))
    .filter(({ r }) => peak[r] / scale >= 0.5)
    .sort((a, b) => peak[b.r] - peak[a.r] || a.key - b.key)
    .slice(0, maxFeatures)
    .sort((a, b) => a.key - b.key);
  const keys = Uint32Array.from(kept, (k) => k.key);
  const q = new Int8Array(kept.length * NTAGS);
  kept.forEach(({ r }, i) => {
    for (let k = 0; k < NTAGS; k++) q[i * NTAGS + k] = Math.max(-127, Math.min(127, Math.round(w[r * NTAGS + k] / scale)));
  });
  return encodeModel(
    {
      scale,
      transitions: Array.from(transitions),
      start: Array.from(start),
      given: [...names.given].sort(),
      surnames: [...names.surnames].sort(),
      meta,
    },
    keys,
    q,
  );
}
