/**
 * Frames, in both real browsers: an article shown in a same-origin frame is read, painted
 * and answers to the pointer inside its frame, and the toggle command (sent to every frame
 * of the tab) reaches it, and so does the add-note command for a passage selected in it
 * (the top page keeps quiet); the popup lists the frame's actors and steps through their
 * mentions there, with the frame's notes among the page's; the same article in a frame of another origin, and the shell page
 * around them, are left alone.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  chromiumTabId,
  chromiumWorker,
  firefoxTabId,
  openFirefoxExtensionPage,
  useChromium,
  useFirefox,
} from './support/browsers';
import { textPoint } from './support/page-probes';
import { chromiumEditorFrame } from './support/notebook';
import { dragSelect } from './support/pointer';
import { useServer } from './support/server';

mkdirSync(ARTIFACTS, { recursive: true });
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

describe('Chromium', () => {
  const s = useChromium();

  it('reads an article in a same-origin frame, not in a cross-origin one', async () => {
    const page = await s.context.newPage();
    await page.goto(server.url('/fixtures/framed.html'));
    const same = page.frames().find((f) => f.url().startsWith(server.origin) && f.url().includes('seed-article'))!;
    await same.waitForFunction(hasPeople, null, { timeout: 20_000 });
    const other = page.frames().find((f) => f.url().includes('localhost'))!;
    await other.waitForFunction(() => document.readyState === 'complete', null, { timeout: 10_000 });
    await page.waitForTimeout(2_000);
    expect(await other.evaluate(paintedCount)).toBe(0);
    expect(await page.evaluate(paintedCount)).toBe(0);

    const at = await same.evaluate(textPoint, { within: 'article', text: 'Hegseth', nth: 1 });
    const origin = await page.evaluate(frameOrigin, 'same');
    await page.mouse.move(origin.x + at.x, origin.y + at.y);
    await same.waitForFunction(cardNear, { x: at.x, y: at.y }, { timeout: 10_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'chromium-framed.png') });

    // A passage selected by mouse in the frame, then the add-note command, which goes to
    // every frame: the frame opens its editor there, and the top page says nothing.
    const from = await same.evaluate(textPoint, { within: 'article', text: 'directive', nth: 0 });
    const to = await same.evaluate(textPoint, { within: 'article', text: 'issued', nth: 0 });
    await dragSelect(page.mouse, from, to, origin);
    const tabId = await chromiumTabId(s, page);
    const worker = await chromiumWorker(s.context);
    await worker.evaluate((id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'tab.noteSelection' }), tabId);
    await same.waitForFunction(() => document.activeElement?.matches(':root > div') === true, null, { timeout: 10_000 });
    await (await chromiumEditorFrame(page)).locator('textarea:focus').waitFor({ timeout: 10_000 });
    await page.keyboard.type('Directive issued before the meeting');
    await page.keyboard.press('Control+Enter');
    await same.waitForFunction(() => (CSS as any).highlights?.get('dossier-note')?.size === 1, null, { timeout: 10_000 });
    expect(await page.evaluate(() => document.querySelector(':root > div'))).toBeNull();

    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${tabId}`);
    const inFrame = popup.getByRole('region', { name: /^In a frame: Stop: Trump/ });
    await inFrame.getByRole('button', { name: /Pete Hegseth/ }).click();
    await same.waitForFunction(focused, null, { timeout: 10_000 });
    // The frame's note is among the page's notes.
    await popup.getByText('Directive issued before the meeting').waitFor({ timeout: 10_000 });
    await popup.getByText('This page is a frame around the article').waitFor({ timeout: 10_000 });
    await popup.screenshot({ path: join(ARTIFACTS, 'chromium-popup-framed.png') });
    await popup.close();

    // As the toggle command does: one message to every frame of the tab.
    await worker.evaluate((id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'tab.toggle' }), tabId);
    await same.waitForFunction(
      () =>
        ![...(((CSS as any).highlights ?? new Map()) as Map<string, Set<Range>>)].some(
          ([n, r]) => n.startsWith('dossier-') && r.size,
        ),
      null,
      { timeout: 10_000 },
    );
    await page.close();
  });
});

describe('Firefox', () => {
  const s = useFirefox();

  it('reads an article in a same-origin frame, not in a cross-origin one', async () => {
    const page = await s.browser.newPage();
    await page.goto(server.url('/fixtures/framed.html'));
    const findFrame = (test: (url: string) => boolean) => page.frames().find((f) => test(f.url()));
    const same = findFrame((u) => u.startsWith(server.origin) && u.includes('seed-article'))!;
    await same.waitForFunction(hasPeople, { timeout: 20_000 });
    const other = findFrame((u) => u.includes('localhost'))!;
    await other.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await other.evaluate(paintedCount)).toBe(0);
    expect(await page.evaluate(paintedCount)).toBe(0);

    const at = await same.evaluate(textPoint, { within: 'article', text: 'Zelensky', nth: 1 });
    const origin = await page.evaluate(frameOrigin, 'same');
    await page.mouse.move(origin.x + at.x, origin.y + at.y);
    await same.waitForFunction(cardNear, { timeout: 10_000 }, { x: at.x, y: at.y });
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-framed.png') });

    const popup = await s.browser.newPage();
    await openFirefoxExtensionPage(popup, `${s.extensionOrigin}/popup.html`);
    const tabId = await firefoxTabId(popup, page.url());
    await openFirefoxExtensionPage(popup, `${s.extensionOrigin}/popup.html?tabId=${tabId}`);
    const button = await popup.waitForSelector('section.frame button.actor.person', { timeout: 10_000 });
    expect(await popup.evaluate(() => document.querySelector('section.frame')?.getAttribute('aria-label'))).toMatch(
      /^In a frame: Stop: Trump/,
    );
    await button!.click();
    await same.waitForFunction(focused, { timeout: 10_000 });
    await popup.close();
    await page.close();
  });
});
