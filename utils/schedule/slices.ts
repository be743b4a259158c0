/**
 * Long work written as a generator that `yield`s at safe points, run either at once or in
 * slices that give the main thread back between them.
 *
 * A `yield` marks a place where the work may pause; it says nothing about time. The
 * runners decide: `runToEnd` never pauses (Node, tests, the CLI), `runInSlices` pauses at
 * the first yield after `budgetMs` of work, so no slice runs much longer than the budget
 * plus the work between two yields.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps without pausing and returns the result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceOptions {
  /** Work per slice before pausing at the next yield; 20 ms leaves room within a 50 ms task. */
  budgetMs?: number;
  /** Gives the main thread back; defaults to the next macrotask. */
  pause?: () => Promise<void>;
  /** Checked at every pause: when true the work stops and `runInSlices` resolves to null. */
  cancelled?: () => boolean;
  now?: () => number;
}

/** Next macrotask: `scheduler.yield()` where it exists (keeps priority), else a zero-delay timer. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs the steps in slices of about `budgetMs`; null when cancelled on the way. */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T | null> {
  const { budgetMs = 20, pause = nextTask, cancelled = () => false, now = () => performance.now() } = options;
  let sliceStart = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - sliceStart < budgetMs) continue;
    await pause();
    if (cancelled()) {
      steps.return(undefined as T);
      return null;
    }
    sliceStart = now();
  }
}
