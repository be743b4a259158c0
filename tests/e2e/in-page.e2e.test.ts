/**
 * At the point of reading, in both real browsers: hovering a highlighted actor shows who
 * it is (a card in Dossier's closed shadow root, read through the accessibility tree as
 * assistive technology reads it), "not an actor" hides a name for good,
 * and the toggle hides and shows every highlight; pages that change (live text, a page
 * Preact renders and patches every second, history navigation in a single-page app) are
 * followed without breaking them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  chromiumTabId,
  chromiumWorker,
  collectErrors,
  firefoxTabId,
  openFirefoxExtensionPage,
  useChromium,
  useFirefox,
} from './support/browsers';
import { axDialog } from './support/ax';
import { pageMarkup, readHighlights, textPoint } from './support/page-probes';
import { useServer } from './support/server';

mkdirSync(ARTIFACTS, { recursive: true });
const server = useServer();

/** Whether Dossier's UI (its shadow host, a `div` right under `<html>` as page scripts see it) is at a viewport point. */
const hostAt = ({ x, y }: { x: number; y: number }) => document.elementFromPoint(x, y)?.matches(':root > div') === true;
const personTexts = () => [...(((CSS as any).highlights?.get('dossier-person') ?? []) as Set<Range>)].map((r) => r.toString());

describe('Chromium', () => {
  const s = useChromium();

  it('reads a page that rewrites its address 24 times in 6 s at a backing-off pace, and records a handful of history pages, not 24', async () => {
    const page = await s.context.newPage();
    await page.goto(server.url('/fixtures/url-churn.html'));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-country'), null, { timeout: 20_000 });
    await page.waitForFunction(() => (window as any).__churned === 24, null, { timeout: 20_000 });
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    const pagesNow = async () =>
      Number(/\((\d+) pages now\)/.exec((await options.getByText(/pages now/).textContent()) ?? '')?.[1] ?? NaN);
    await expect.poll(pagesNow, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    expect(await pagesNow()).toBeLessThanOrEqual(8);
    await options.close();
    await page.close();
  });

  it('shows who "Hegseth" is on hover, and hides the actor, under all its names, for good', async () => {
    const page = await s.context.newPage();
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), null, { timeout: 20_000 });
    const at = await page.evaluate(textPoint, { within: 'article', text: 'Hegseth', nth: 1 });
    await page.mouse.move(at.x, at.y);
    const card = await axDialog(page, 'Pete Hegseth: who this is', { until: (text) => text.includes('notes') });
    expect(card.text).toContain('Pete Hegseth');
    expect(card.text).toContain('Person · US Secretary of Defense');
    expect(card.text).toMatch(/Mention 2 of 5 on this page as “Defense Secretary Hegseth”, “Hegseth”/);
    expect(card.text).toContain('No notes about this actor yet.');
    expect(await page.evaluate(hostAt, at)).toBe(false);
    expect(await page.evaluate(hostAt, { x: at.x, y: at.y + 60 })).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'chromium-hover-card.png') });

    await card.click('Not an actor: hide “Pete Hegseth”');
    await page.waitForFunction(
      () => ![...(((CSS as any).highlights?.get('dossier-person') ?? []) as Set<Range>)].some((r) => r.toString() === 'Hegseth'),
      null,
      { timeout: 10_000 },
    );
    await page.reload();
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), null, { timeout: 20_000 });
    const after = await page.evaluate(personTexts);
    expect(after).not.toContain('Hegseth');
    expect(after).not.toContain('Defense Secretary Hegseth');
    expect(after).toContain('Zelensky');

    const tabId = await chromiumTabId(s, page);
    const worker = await chromiumWorker(s.context);
    const toggle = () => worker.evaluate((id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'tab.toggle' }), tabId);
    // Taking the highlights off and putting them back moves nothing: same markup, same scroll.
    await page.evaluate(() => window.scrollTo(0, 700));
    const before = { markup: await page.evaluate(pageMarkup), y: await page.evaluate(() => scrollY) };
    expect(await toggle()).toEqual({ ok: true, data: false });
    expect(Object.keys(await page.evaluate(readHighlights, 'article')).filter((k) => k.startsWith('dossier-'))).toEqual([]);
    expect({ markup: await page.evaluate(pageMarkup), y: await page.evaluate(() => scrollY) }).toEqual(before);
    expect(await toggle()).toEqual({ ok: true, data: true });
    expect(await page.evaluate(personTexts)).toContain('Zelensky');
    expect({ markup: await page.evaluate(pageMarkup), y: await page.evaluate(() => scrollY) }).toEqual(before);
    await page.close();
  });

  it('follows a page that re-renders its text every second, without breaking it', async () => {
    const page = await s.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/fixtures/live-article.html'));
    const state = await liveFollowed(
      (fn) => page.evaluate(fn),
      (ms) => page.waitForTimeout(ms),
    );
    // The page's own updates went on (it counts its renders), and highlights sit on the
    // current text, including paragraphs that did not exist when the page loaded.
    expect(Number(state.clock.match(/\d+/)?.[0])).toBeGreaterThanOrEqual(5);
    expect(state.painted).toContain('Pentagon');
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'chromium-live-article.png') });
    await page.close();
  });

  it('follows a page Preact renders and patches every second, without breaking it', async () => {
    const page = await s.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/fixtures/preact-live.html'));
    await page.waitForFunction(preactSettled, null, { timeout: 30_000 });
    expectPreactFollowed(await page.evaluate(preactState));
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'chromium-preact-live.png') });
    await page.close();
  });

  it('reads a single-page app again on each history navigation: paints the story, clears on leaving it', async () => {
    const page = await s.context.newPage();
    await page.goto(server.url('/fixtures/spa.html'));
    const seen = await spaFollowed(
      (fn) => page.evaluate(fn),
      (sel) => page.click(sel),
      async (fn) => void (await page.waitForFunction(fn, null, { timeout: 20_000 })),
      (ms) => page.waitForTimeout(ms),
      () => page.screenshot({ path: join(ARTIFACTS, 'chromium-spa-story.png') }),
    );
    expect(seen.atHome).toEqual({});
    expect(seen.storyPainted).toEqual(expect.arrayContaining(['Ukraine', 'Russia', 'Turkey']));
    expect(seen.onStory).toHaveProperty('dossier-organization');
    expect(seen.backHome).toEqual({});
    await page.close();
  });
});

/** What Dossier paints, by highlight name, on connected text (sizes only). */
const paintedKinds = () =>
  Object.fromEntries(
    [...(((CSS as any).highlights ?? new Map()) as Map<string, Set<Range>>)]
      .filter(([name]) => name.startsWith('dossier-'))
      .map(([name, ranges]) => [name, [...ranges].filter((r) => r.startContainer.isConnected).length])
      .filter(([, n]) => n),
  );

/**
 * A single-page app: a cookery front page (nothing painted), a link that moves to a war
 * story with the history API (painted), and back home (nothing painted again).
 */
async function spaFollowed(
  evaluate: <T>(fn: () => T) => Promise<T>,
  click: (selector: string) => Promise<void>,
  waitUntil: (fn: () => boolean) => Promise<void>,
  wait: (ms: number) => Promise<void>,
  shoot: () => Promise<unknown> = async () => undefined,
) {
  await wait(2_000);
  const atHome = await evaluate(paintedKinds);
  await click('a[data-view=story]');
  await waitUntil(() => ((CSS as any).highlights?.get('dossier-country')?.size ?? 0) > 0);
  const onStory = await evaluate(paintedKinds);
  const storyPainted = await evaluate(() =>
    [...(((CSS as any).highlights.get('dossier-country') ?? []) as Set<Range>)].map((r) => r.toString()),
  );
  await shoot();
  await click('a[data-view=home]');
  await waitUntil(
    () =>
      ![...(((CSS as any).highlights ?? new Map()) as Map<string, Set<Range>>)].some(
        ([n, r]) => n.startsWith('dossier-') && r.size > 0,
      ),
  );
  const backHome = await evaluate(paintedKinds);
  return { atHome, onStory, storyPainted, backHome };
}

/** A page that re-renders itself every second: Dossier must follow it without breaking it. */
async function liveFollowed(evaluate: <T>(fn: () => T) => Promise<T>, wait: (ms: number) => Promise<void>) {
  await wait(8_000);
  const state = await evaluate(() => ({
    clock: document.getElementById('clock')?.textContent ?? '',
    painted: [...(((CSS as any).highlights?.get('dossier-organization') ?? []) as Set<Range>)]
      .filter((r) => r.startContainer.isConnected)
      .map((r) => r.toString()),
  }));
  return state;
}

/** The Preact page has made its last update and Dossier has painted the lead it ends on. */
const preactSettled = () =>
  document.getElementById('clock')?.textContent === 'Updated 8 times' &&
  [...(((CSS as any).highlights?.get('dossier-country') ?? []) as Set<Range>)].some(
    (r) => r.startContainer.isConnected && r.toString() === 'Saudi Arabia',
  );

/** What the Preact page shows and what Dossier paints on it. */
const preactState = () => {
  const ranges = [...(((CSS as any).highlights ?? new Map()) as Map<string, Set<Range>>)]
    .filter(([name]) => name.startsWith('dossier-'))
    .flatMap(([, set]) => [...set]);
  const inside = (id: string) =>
    ranges.filter((r) => document.getElementById(id)?.contains(r.startContainer)).map((r) => r.toString());
  return {
    stale: ranges.filter((r) => !r.startContainer.isConnected).length,
    lead: inside('lead'),
    updates: inside('updates'),
    items: [...document.querySelectorAll('#updates li')].map((li) => li.textContent ?? ''),
  };
};

function expectPreactFollowed(state: ReturnType<typeof preactState>) {
  // Preact's own rendering went on: its keyed list holds every update, newest first.
  expect(state.items).toHaveLength(6);
  expect(state.items[0]).toMatch(/^Update 6: The United Nations/);
  // Highlights sit on the current text only: the last lead, the updates added later.
  expect(state.stale).toBe(0);
  expect(state.lead).toContain('Saudi Arabia');
  expect(state.lead).not.toContain('Qatar');
  expect(state.updates).toEqual(expect.arrayContaining(['United Nations', 'Pentagon', 'NATO', 'Turkey']));
}

describe('Firefox', () => {
  const s = useFirefox();

  it('shows the card for "Zelensky" on hover, below the line', async () => {
    const page = await s.browser.newPage();
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), { timeout: 20_000 });
    const at = await page.evaluate(textPoint, { within: 'article', text: 'Zelensky', nth: 1 });
    await page.mouse.move(at.x, at.y);
    // The card sits below the hovered line (Dossier's host element there), never over it.
    await page.waitForFunction(hostAt, { timeout: 10_000 }, { x: at.x, y: at.y + 60 });
    expect(await page.evaluate(hostAt, at)).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-hover-card.png') });
    await page.close();
  });

  it('opens the card from the popup with the focus in it: by keyboard, hides the actor for good; the toggle hides and shows every highlight', async () => {
    const page = await s.browser.newPage();
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), { timeout: 20_000 });
    const popup = await s.browser.newPage();
    await openFirefoxExtensionPage(popup, `${s.extensionOrigin}/popup.html`);
    const tabId = await firefoxTabId(popup, page.url());
    await openFirefoxExtensionPage(popup, `${s.extensionOrigin}/popup.html?tabId=${tabId}`);
    const hegseth = await popup.waitForSelector('button.actor.person ::-p-text(Pete Hegseth)', { timeout: 10_000 });
    // Twice: the second mention, "Hegseth" alone (the first is "Defense Secretary Hegseth").
    await hegseth!.click();
    await hegseth!.click();
    await page.bringToFront();
    await page.waitForFunction(() => document.activeElement?.matches(':root > div') === true, { timeout: 10_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-card-from-popup.png') });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => ![...(((CSS as any).highlights?.get('dossier-person') ?? []) as Set<Range>)].some((r) => r.toString() === 'Hegseth'),
      { timeout: 10_000 },
    );
    await page.reload();
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), { timeout: 20_000 });
    const after = await page.evaluate(personTexts);
    expect(after).not.toContain('Hegseth');
    expect(after).not.toContain('Defense Secretary Hegseth');
    expect(after).toContain('Zelensky');

    // As the toggle command does: one message to every frame of the tab.
    const toggle = () => popup.evaluate((id) => (globalThis as any).browser.tabs.sendMessage(id, { type: 'tab.toggle' }), tabId);
    expect(await toggle()).toEqual({ ok: true, data: false });
    expect(await page.evaluate(paintedKinds)).toEqual({});
    expect(await toggle()).toEqual({ ok: true, data: true });
    expect(await page.evaluate(personTexts)).toContain('Zelensky');
    await popup.close();
    await page.close();
  });

  it('follows a page that re-renders its text every second', async () => {
    const page = await s.browser.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/fixtures/live-article.html'));
    const state = await liveFollowed(
      (fn) => page.evaluate(fn),
      (ms) => new Promise((r) => setTimeout(r, ms)),
    );
    expect(Number(state.clock.match(/\d+/)?.[0])).toBeGreaterThanOrEqual(5);
    expect(state.painted).toContain('Pentagon');
    expect(errors).toEqual([]);
  });

  it('follows a page Preact renders and patches every second, without breaking it', async () => {
    const page = await s.browser.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/fixtures/preact-live.html'));
    await page.waitForFunction(preactSettled, { timeout: 30_000 });
    expectPreactFollowed(await page.evaluate(preactState));
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-preact-live.png') });
    await page.close();
  });

  it('reads a single-page app again on each history navigation', async () => {
    const page = await s.browser.newPage();
    await page.goto(server.url('/fixtures/spa.html'));
    const seen = await spaFollowed(
      (fn) => page.evaluate(fn),
      (sel) => page.click(sel),
      async (fn) => void (await page.waitForFunction(fn, { timeout: 20_000 })),
      (ms) => new Promise((r) => setTimeout(r, ms)),
    );
    expect(seen.atHome).toEqual({});
    expect(seen.storyPainted).toEqual(expect.arrayContaining(['Ukraine', 'Russia', 'Turkey']));
    expect(seen.backHome).toEqual({});
    await page.close();
  });
});
