import { describe, expect, it } from 'vitest';
import { latestRunWins } from '@/utils/schedule/latest';
import { once } from '@/utils/schedule/once';

describe('the latest run wins', () => {
  it('makes a run stale when a newer one starts, and only then', () => {
    const runs = latestRunWins();
    const first = runs.start();
    expect(first()).toBe(false);
    const second = runs.start();
    expect([first(), second()]).toEqual([true, false]);
  });

  it('cancels every run so far, leaving later ones current', () => {
    const runs = latestRunWins();
    const a = runs.start();
    runs.cancel();
    const b = runs.start();
    expect([a(), b()]).toEqual([true, false]);
  });

  it('lets an overtaken async job stop with nothing written', async () => {
    const runs = latestRunWins();
    const written: string[] = [];
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const job = async (name: string, wait: Promise<void>) => {
      const stale = runs.start();
      await wait;
      if (!stale()) written.push(name);
    };
    const older = job('older', slow);
    await job('newer', Promise.resolve());
    release();
    await older;
    expect(written).toEqual(['newer']);
  });
});

describe('once', () => {
  it('makes the value on first use and shares it; `value` is there once it arrived', async () => {
    let made = 0;
    const get = once(async () => ++made);
    expect(get.value).toBeUndefined();
    const [a, b] = await Promise.all([get(), get()]);
    expect([a, b, made, get.value]).toEqual([1, 1, 1, 1]);
    expect(await get()).toBe(1);
  });

  it('forgets a failure, so the next call tries again', async () => {
    let calls = 0;
    const get = once(async () => {
      if (++calls === 1) throw new Error('not yet');
      return 'ready';
    });
    await expect(get()).rejects.toThrow('not yet');
    expect(get.value).toBeUndefined();
    expect(await get()).toBe('ready');
    expect(calls).toBe(2);
  });
});
