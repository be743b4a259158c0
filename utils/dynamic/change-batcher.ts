/**
 * Decides when a page that keeps changing is read again. Text added later (lazy
 * paragraphs, "read more", live updates) is picked up in batches, never more often than
 * `minInterval`; a page that changes all the time (tickers, live blogs) backs off,
 * doubling the wait up to `maxInterval`, so Dossier's work stays bounded. Changes that
 * Dossier made itself are ignored by the caller before they get here.
 */

export interface BatcherOptions {
  /** Characters of text that must change before a re-read is worth it. */
  minChars: number;
  minInterval: number;
  maxInterval: number;
  /** Schedules `fn` after `ms` (setTimeout in the page; a fake clock in tests). */
  schedule(fn: () => void, ms: number): unknown;
  now(): number;
}

export interface ChangeBatcher {
  /** Reports changed text (character count); `run` is called once for the batch. */
  changed(chars: number): void;
}

export function createChangeBatcher(run: () => void, o: BatcherOptions): ChangeBatcher {
  let pending = 0;
  let scheduled = false;
  let interval = o.minInterval;
  let lastRun = -Infinity;

  const fire = () => {
    scheduled = false;
    if (pending < o.minChars) return;
    pending = 0;
    // Back off while runs follow each other closely; relax after a quiet spell.
    interval = o.now() - lastRun < interval * 2 ? Math.min(o.maxInterval, interval * 2) : o.minInterval;
    lastRun = o.now();
    run();
  };

  return {
    changed(chars) {
      pending += chars;
      if (scheduled || pending < o.minChars) return;
      scheduled = true;
      o.schedule(fire, Math.max(0, lastRun + interval - o.now()));
    },
  };
}

/** Characters of text a batch of mutation records added, removed or changed. */
export function changedChars(records: readonly MutationRecord[], ignore: (node: Node) => boolean): number {
  let n = 0;
  const size = (node: Node) => (ignore(node) ? 0 : (node.textContent ?? '').length);
  for (const r of records) {
    if (ignore(r.target)) continue;
    if (r.type === 'characterData') n += Math.max(1, Math.abs((r.target.nodeValue ?? '').length - (r.oldValue ?? '').length));
    for (const node of r.addedNodes) n += size(node);
    for (const node of r.removedNodes) n += size(node);
  }
  return n;
}
