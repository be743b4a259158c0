import { describe, expect, it } from 'vitest';
import { extract, extractSteps } from '@/utils/extract';
import { runInSlices, runToEnd, type Steps } from '@/utils/schedule/slices';

function* countTo(n: number, log: string[]): Steps<number> {
  for (let i = 1; i <= n; i++) {
    log.push(`work ${i}`);
    yield;
  }
  return n;
}

/** A clock that advances 10 ms per reading, so every step "costs" 10 ms. */
const tickingClock = () => {
  let t = 0;
  return () => (t += 10);
};

describe('running steps in slices', () => {
  it('pauses at the first yield after the budget, and returns the same result as running to the end', async () => {
    const log: string[] = [];
    const result = await runInSlices(countTo(5, log), {
      budgetMs: 25,
      now: tickingClock(),
      pause: async () => void log.push('pause'),
    });
    expect(result).toBe(5);
    // Clock readings 20, 30, 40 after the first three steps: over 25 ms of work, then a pause.
    expect(log).toEqual(['work 1', 'work 2', 'work 3', 'pause', 'work 4', 'work 5']);
    expect(runToEnd(countTo(5, []))).toBe(5);
  });

  it('stops at a pause once cancelled, and runs no further work', async () => {
    const log: string[] = [];
    let stop = false;
    const result = await runInSlices(countTo(5, log), {
      budgetMs: 0,
      now: tickingClock(),
      pause: async () => void (stop = true),
      cancelled: () => stop,
    });
    expect(result).toBeNull();
    expect(log).toEqual(['work 1']);
  });

  it('gives the extraction of a long text in slices exactly as in one go', async () => {
    const text = Array.from(
      { length: 400 },
      (_, i) =>
        `Defense Secretary Pete Hegseth told Russia on day ${i} that US Cyber Command would halt cyber operations. Hegseth met Zelensky.`,
    ).join('\n');
    let pauses = 0;
    const sliced = await runInSlices(extractSteps(text), { budgetMs: 0, pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThan(10);
    expect(sliced).toEqual(extract(text));
    expect(sliced!.actors.find((a) => a.id === 'person/pete-hegseth')?.mentions).toHaveLength(800);
  });
});
