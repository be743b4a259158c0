/**
 * Frames, in both real browsers: an article shown in a same-origin frame is read, painted
 * and answers to the pointer inside its frame, and the toggle command (sent to every frame
 * of the tab) reaches it, and so does the add-note command for a passage selected in it
 * (the top page keeps quiet); the popup lists the frame's actors and steps through their
 * mentions there, with the frame's notes among the page's; the same article in a frame of
 * another origin, and the shell page around them, are left alone.
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from './support/driver';
import { textPoint } from './support/page-probes';
import { dragSelect } from './support/pointer';
import { useServer } from './support/server';

const server = useServer();

/** How many ranges Dossier paints in this document, over all its highlights. */
const paintedCount = () =>
  [...(((CSS as any).highlights ?? new Map()) as Map<string, Set<Range>>)]
    .filter(([name]) => name.startsWith('dossier-'))
    .reduce((n, [, ranges]) => n + ranges.size, 0);

/** How many mentions are in focus (the popup's "show the next mention"). */
const focused = () => (CSS as any).highlights?.get('dossier-focus')?.size ?? 0;

const hasPeople = () => ((CSS as any).highlights?.get('dossier-person')?.size ?? 0) > 0;

/** Whether the card sits just above or below a point (where the frame leaves it room), and not on it. */
const cardNear = ({ x, y }: { x: number; y: number }) => {
  // Serialised into the page on its own: no helpers from this file.
  const host = (yy: number) => document.elementFromPoint(x, yy)?.matches(':root > div') === true;
  return !host(y) && (host(y + 60) || host(y - 60));
};

/** The top-left corner of the frame element `#id` in the top viewport. */
const frameOrigin = (id: string) => {
  const r = document.getElementById(id)!.getBoundingClientRect();
  return { x: r.left, y: r.top };
};

/**
 * Run in the background's realm: whether Dossier's watcher answers in each frame of the tab,
 * by the frame's address (`tab.state` to that frame alone; no watcher, no answer).
 */
async function watchersByFrame(tabId: number): Promise<Record<string, boolean>> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const frames: { frameId: number; result: string }[] = await api.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: () => location.href,
  });
  const out: Record<string, boolean> = {};
  for (const { frameId, result } of frames) {
    const reply = await api.tabs.sendMessage(tabId, { type: 'tab.state' }, { frameId }).catch(() => null);
    out[result] = !!reply?.ok && reply.data.decision !== null;
  }
  return out;
}

forEachBrowser((b) => {
  it('reads an article in a same-origin frame, not in a cross-origin one', async () => {
    const page = await b.newPage();
    await page.goto(server.url('/fixtures/framed.html'));
    const same = await page.frame((u) => u.startsWith(server.origin) && u.includes('seed-article'));
    await same.waitForFunction(hasPeople, undefined, 20_000);
    const other = await page.frame((u) => u.includes('localhost'));
    await other.waitForFunction(() => document.readyState === 'complete');
    // The shell page and the article in it have decided; the other origin's frame has no watcher at all.
    const tabId = await b.tabId(page);
    await expect
      .poll(() => b.background(watchersByFrame, tabId), { timeout: 10_000 })
      .toEqual({ [page.url()]: true, [same.url()]: true, [other.url()]: false });
    expect(await other.evaluate(paintedCount)).toBe(0);
    expect(await page.evaluate(paintedCount)).toBe(0);

    const at = await same.evaluate(textPoint, { within: 'article', text: 'Hegseth', nth: 1 });
    const origin = await page.evaluate(frameOrigin, 'same');
    await page.mouse.move(origin.x + at.x, origin.y + at.y);
    await same.waitForFunction(cardNear, { x: at.x, y: at.y });
    await page.screenshot(`${b.name}-framed.png`);

    // A passage selected by mouse in the frame, then the add-note command, which goes to
    // every frame: the frame opens its editor there, and the top page says nothing.
    const from = await same.evaluate(textPoint, { within: 'article', text: 'directive', nth: 0 });
    const to = await same.evaluate(textPoint, { within: 'article', text: 'issued', nth: 0 });
    await dragSelect(page.mouse, from, to, origin);
    await b.background(
      (id) => ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.sendMessage(id, { type: 'tab.noteSelection' }),
      tabId,
    );
    await page.noteEditor(same);
    await page.keyboard.type('Directive issued before the meeting');
    await page.keyboard.press('Control+Enter');
    await same.waitForFunction(() => (CSS as any).highlights?.get('dossier-note')?.size === 1);
    expect(await page.evaluate(() => document.querySelector(':root > div'))).toBeNull();

    const popup = await b.openExtensionPage(`popup.html?tabId=${tabId}`, { width: 420, height: 600 });
    const inFrame = { role: 'region', name: /^In a frame: Stop: Trump/ } as const;
    await popup.click({ role: 'button', name: /Pete Hegseth/, within: inFrame });
    await same.waitForFunction(focused);
    // The frame's note is among the page's notes.
    await popup.waitFor({ text: 'Directive issued before the meeting' });
    await popup.waitFor({ text: 'This page is a frame around the article' });
    await popup.screenshot(`${b.name}-popup-framed.png`);
    await popup.close();

    // As the toggle command does: one message to every frame of the tab.
    await b.background(
      (id) => ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.sendMessage(id, { type: 'tab.toggle' }),
      tabId,
    );
    await same.waitForFunction(
      () =>
        ![...(((CSS as any).highlights ?? new Map()) as Map<string, Set<Range>>)].some(
          ([n, r]) => n.startsWith('dossier-') && r.size,
        ),
    );
    await page.close();
  });
});
