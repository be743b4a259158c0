/**
 * Dossier's notebook page (the side panel) in both browsers. Headless browsers cannot show
 * a side panel, so the page is opened as a tab that follows the article's tab
 * (`sidepanel.html?tab=<id>`): the passage the reader chose with the Note button arrives
 * as its draft, the note written there paints on the article, it is listed under this
 * page's notes (with no serious axe-core violation), and deleting it takes its highlight
 * off the article at once.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AXE_SOURCE, seriousViolations } from './support/axe';
import { ARTIFACTS, chromiumTabId, firefoxTabId, openFirefoxExtensionPage, useChromium, useFirefox } from './support/browsers';
import { noteButtonPoint, quoteEnds } from './support/page-probes';
import { dragSelect } from './support/pointer';
import { useServer } from './support/server';

mkdirSync(ARTIFACTS, { recursive: true });
const server = useServer();
const QUOTE = 'high-stakes meeting';
const BODY = 'Which meeting exactly? Check the White House schedule.';
const noteCount = () => (CSS as any).highlights?.get('dossier-note')?.size ?? 0;

describe('Chromium', () => {
  const s = useChromium();

  it('takes the draft from the page, saves it, lists it, and deleting it unpaints it at once', async () => {
    const page = await s.context.newPage();
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), null, { timeout: 20_000 });
    const { from, to } = await page.evaluate(quoteEnds, { within: 'article', text: QUOTE });
    await dragSelect(page.mouse, from, to);
    const at = noteButtonPoint({ right: to.box.x + to.box.width, bottom: to.y + 8 });
    await page.waitForFunction(({ x, y }) => document.elementFromPoint(x, y)?.matches(':root > div') === true, at);
    await page.mouse.click(at.x, at.y);

    const tabId = await chromiumTabId(s, page);
    const panel = await s.context.newPage();
    await panel.setViewportSize({ width: 400, height: 700 });
    await panel.goto(`chrome-extension://${s.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.getByRole('region', { name: 'Add a note' }).getByText(QUOTE).waitFor({ timeout: 10_000 });
    await panel.getByLabel('Your note').fill(BODY);
    await panel.getByRole('button', { name: 'Save note' }).click();
    await page.waitForFunction(noteCount, null, { timeout: 10_000 });
    await panel.getByRole('region', { name: 'Notes on this page' }).getByText(BODY).waitFor({ timeout: 10_000 });
    await panel.getByText(/A page can list every passage Dossier paints/).waitFor();
    await panel.screenshot({ path: join(ARTIFACTS, 'chromium-panel.png'), fullPage: true });
    await panel.evaluate(AXE_SOURCE);
    expect(await panel.evaluate(seriousViolations)).toEqual([]);

    await panel.getByRole('region', { name: 'Notes on this page' }).getByRole('button', { name: 'Delete note' }).click();
    await page.waitForFunction(() => !(CSS as any).highlights?.get('dossier-note')?.size, null, { timeout: 10_000 });
    await panel.close();
    await page.close();
  });
});

describe('Firefox', () => {
  const s = useFirefox();

  it('takes the draft from the page, saves it, lists it, and deleting it unpaints it at once', async () => {
    const page = await s.browser.newPage();
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), { timeout: 20_000 });
    const { from, to } = await page.evaluate(quoteEnds, { within: 'article', text: QUOTE });
    await dragSelect(page.mouse, from, to);
    const at = noteButtonPoint({ right: to.box.x + to.box.width, bottom: to.y + 8 });
    await page.waitForFunction(({ x, y }) => document.elementFromPoint(x, y)?.matches(':root > div') === true, {}, at);
    await page.mouse.click(at.x, at.y);

    const panel = await s.browser.newPage();
    await panel.setViewport({ width: 400, height: 700 });
    await openFirefoxExtensionPage(panel, `${s.extensionOrigin}/popup.html`);
    const tabId = await firefoxTabId(panel, page.url());
    await openFirefoxExtensionPage(panel, `${s.extensionOrigin}/sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('section[aria-label="Add a note"] textarea', { timeout: 10_000 });
    expect(await panel.$eval('section[aria-label="Add a note"] blockquote', (b) => b.textContent)).toBe(QUOTE);
    await panel.type('section[aria-label="Add a note"] textarea', BODY);
    await panel.click('section[aria-label="Add a note"] button.primary');
    await page.waitForFunction(noteCount, { timeout: 10_000 });
    await panel.waitForFunction(
      (body) => document.querySelector('section[aria-label="Notes on this page"]')?.textContent?.includes(body),
      { timeout: 10_000 },
      BODY,
    );
    await panel.screenshot({ path: join(ARTIFACTS, 'firefox-panel.png'), fullPage: true });

    await panel.click('section[aria-label="Notes on this page"] button[aria-label^="Delete note"]');
    await page.waitForFunction(() => !(CSS as any).highlights?.get('dossier-note')?.size, { timeout: 10_000 });
    await panel.close();
    await page.close();
  });
});
