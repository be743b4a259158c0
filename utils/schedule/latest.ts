/**
 * "The latest run wins": `start()` begins a run and returns its `stale` check, which turns
 * true as soon as a newer run starts or `cancel()` is called. Long asynchronous work checks
 * it after each wait and stops, having changed nothing, once it is stale. A run that never
 * checks is not stopped: the guard only answers the question.
 */
export interface LatestRuns {
  /** Begins a run; the returned function says whether it has been overtaken since. */
  start(): () => boolean;
  /** Makes every run begun so far stale. */
  cancel(): void;
}

export function latestRunWins(): LatestRuns {
  let current = 0;
  return {
    start() {
      const mine = ++current;
      return () => mine !== current;
    },
    cancel() {
      current++;
    },
  };
}
