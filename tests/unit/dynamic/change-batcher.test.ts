// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { changedChars, createChangeBatcher } from '@/utils/dynamic/change-batcher';

function clock() {
  let now = 0;
  const timers: { at: number; fn: () => void }[] = [];
  return {
    now: () => now,
    schedule: (fn: () => void, ms: number) => timers.push({ at: now + ms, fn }),
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > end) break;
        timers.shift();
        now = next.at;
        next.fn();
      }
      now = end;
    },
  };
}

describe('change batcher', () => {
  it('runs once per batch, ignoring changes too small to matter', () => {
    const c = clock();
    let runs = 0;
    const b = createChangeBatcher(() => runs++, { minChars: 20, minInterval: 1000, maxInterval: 16000, ...c });
    b.changed(5);
    c.advance(5000);
    expect(runs).toBe(0);
    b.changed(30);
    b.changed(30);
    b.changed(30);
    c.advance(10);
    expect(runs).toBe(1);
  });

  it('backs off on a page that changes all the time, and relaxes when it calms down', () => {
    const c = clock();
    const at: number[] = [];
    const b = createChangeBatcher(() => at.push(c.now()), { minChars: 1, minInterval: 1000, maxInterval: 8000, ...c });
    for (let t = 0; t < 40_000; t += 100) {
      b.changed(50);
      c.advance(100);
    }
    const gaps = at.slice(1).map((t, i) => t - at[i]);
    expect(Math.max(...gaps)).toBe(8000);
    expect(at.length).toBeLessThan(12);
    c.advance(60_000);
    const before = at.length;
    b.changed(50);
    c.advance(10);
    expect(at.length).toBe(before + 1);
  });

  it('counts text added, removed and edited, except in ignored nodes', async () => {
    document.body.innerHTML = '<p id="a">old text</p><dossier-ui></dossier-ui>';
    const records: MutationRecord[] = [];
    const obs = new MutationObserver((r) => records.push(...r));
    obs.observe(document.body, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
    const p = document.createElement('p');
    p.textContent = 'Twenty characters!!!';
    document.body.append(p);
    document.querySelector('dossier-ui')!.append(document.createElement('span'));
    document.querySelector('dossier-ui')!.textContent = 'ignored text of Dossier';
    await new Promise((r) => setTimeout(r, 0));
    obs.disconnect();
    expect(changedChars(records, (n) => !!(n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest('dossier-ui'))).toBe(20);
  });
});
