/**
 * Detection in both real browsers: pages that are not articles of Dossier's kind get no
 * highlight and never load the reader chunk; the popup explains the decision; the
 * reader's "Always on" switch for the page turns Dossier on there, and it is remembered.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumTabId, firefoxTabId, openFirefoxExtensionPage, useChromium, useFirefox } from './support/browsers';
import { useServer } from './support/server';

const NOT_OURS = ['tf-docker-docs', 'pl-reddit-askreddit'];
/** Long enough for the watcher to decide and, if it wrongly said yes, to load and paint. */
const SETTLE_MS = 2_500;
const painted = () => [...((CSS as any).highlights?.keys() ?? [])].filter((k: string) => k.startsWith('dossier-'));

mkdirSync(ARTIFACTS, { recursive: true });
const server = useServer();

/** Script URLs the page's renderer parsed, content-script worlds included (Chromium only). */
async function parsedScripts(page: Page): Promise<string[]> {
  const urls: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Debugger.scriptParsed', (e) => urls.push(e.url));
  await cdp.send('Debugger.enable');
  return urls;
}

describe('Chromium', () => {
  const s = useChromium();

  for (const id of NOT_OURS) {
    it(`leaves ${id} alone: no highlight, no reader loaded`, async () => {
      const page = await s.context.newPage();
      const scripts = await parsedScripts(page);
      await page.goto(server.url(`/corpus/${id}.html`));
      await page.waitForTimeout(SETTLE_MS);
      expect(await page.evaluate(painted)).toEqual([]);
      expect(scripts.some((u) => u.endsWith('/content-scripts/content.js'))).toBe(true);
      expect(scripts.filter((u) => u.endsWith('/reader.js'))).toEqual([]);
      await page.close();
    });
  }

  it('loads the reader on the seed article (the check above can see it)', async () => {
    const page = await s.context.newPage();
    const scripts = await parsedScripts(page);
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), null, { timeout: 20_000 });
    expect(scripts.filter((u) => u.endsWith('/reader.js'))).toHaveLength(1);
    await page.close();
  });

  it('explains the decision in the popup, and "Always on" for the page turns Dossier on and is remembered', async () => {
    const page = await s.context.newPage();
    await page.goto(server.url('/corpus/tf-docker-docs.html'));
    await page.waitForTimeout(SETTLE_MS);
    const tabId = await chromiumTabId(s, page);
    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByText('Not highlighted').waitFor({ timeout: 10_000 });
    await popup.getByText('Why?', { exact: true }).click();
    // Plain words first; the measured figures only behind Details.
    expect(await popup.locator('.why').innerText()).toMatch(/If Dossier is wrong, switch it on/);
    expect(await popup.locator('.why .figures').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await popup.screenshot({ path: join(ARTIFACTS, 'chromium-popup-not-detected.png') });
    await popup.getByRole('combobox', { name: 'This page' }).selectOption('on');
    await popup.getByText('Highlighting: switched on for this page').waitFor({ timeout: 15_000 });
    expect(await page.evaluate(painted)).not.toEqual([]);
    await page.reload();
    await page.waitForFunction(
      () => [...((CSS as any).highlights?.keys() ?? [])].some((k: string) => k.startsWith('dossier-')),
      null,
      { timeout: 20_000 },
    );
    await popup.close();
    await page.close();
  });
});

describe('Firefox', () => {
  const s = useFirefox();

  const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS));

  for (const id of NOT_OURS) {
    it(`leaves ${id} alone: no highlight, and the popup says why`, async () => {
      const page = await s.browser.newPage();
      const url = server.url(`/corpus/${id}.html`);
      await page.goto(url);
      await settle();
      expect(await page.evaluate(painted)).toEqual([]);
      const popup = await s.browser.newPage();
      await openFirefoxExtensionPage(popup, `${s.extensionOrigin}/popup.html`);
      const tabId = await firefoxTabId(popup, url);
      await openFirefoxExtensionPage(popup, `${s.extensionOrigin}/popup.html?tabId=${tabId}`);
      await popup.waitForFunction(() => document.body.innerText.includes('Not highlighted'), { timeout: 10_000 });
      // No actors in the popup: the reader, which alone extracts, never ran.
      expect(await popup.evaluate(() => document.querySelectorAll('.actors li').length)).toBe(0);
      await popup.close();
      await page.close();
    });
  }

  it('"Always on" for the page turns Dossier on there', async () => {
    const page = await s.browser.newPage();
    const url = server.url('/corpus/tf-docker-docs.html');
    await page.goto(url);
    await settle();
    const popup = await s.browser.newPage();
    await openFirefoxExtensionPage(popup, `${s.extensionOrigin}/popup.html`);
    const tabId = await firefoxTabId(popup, url);
    await openFirefoxExtensionPage(popup, `${s.extensionOrigin}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('select');
    await popup.select('select', 'on');
    await popup.waitForFunction(() => document.body.innerText.includes('switched on for this page'), { timeout: 15_000 });
    await page.waitForFunction(() => [...((CSS as any).highlights?.keys() ?? [])].some((k: string) => k.startsWith('dossier-')), {
      timeout: 20_000,
    });
    await popup.close();
    await page.close();
  });
});
