/**
 * The name model in both real browsers: the reader chunk fetches it from the extension's
 * own files after a positive decision, and the names only the tagger finds reach the
 * popup ("American University of Kabul", which the gazetteer and shape rules cut to
 * "University of Kabul"); the popup's Why? reports no model error.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumTabId, firefoxTabId, openFirefoxExtensionPage, useChromium, useFirefox } from './support/browsers';
import { useServer } from './support/server';

const PAGE = '/corpus/sh-nypost-taliban-swap.html';
const TAGGER_ONLY = 'American University of Kabul';

mkdirSync(ARTIFACTS, { recursive: true });
const server = useServer();

describe('Chromium', () => {
  const s = useChromium();

  it('finds a name only the tagger knows, and the Why? panel has no model error', async () => {
    const page = await s.context.newPage();
    await page.goto(server.url(PAGE));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), null, { timeout: 30_000 });
    const tabId = await chromiumTabId(s, page);
    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 420, height: 800 });
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${tabId}`);
    // The actor's row also holds its role line, so the name is looked for in the row's text.
    await popup.waitForFunction((name) => document.body.innerText.includes(name), TAGGER_ONLY, { timeout: 15_000 });
    await popup.getByText('Why?', { exact: true }).click();
    expect(await popup.locator('.model-error').count()).toBe(0);
    await popup.screenshot({ path: join(ARTIFACTS, 'chromium-popup-tagger.png') });
    await popup.close();
    await page.close();
  });
});

describe('Firefox', () => {
  const s = useFirefox();

  it('finds a name only the tagger knows, and the Why? panel has no model error', async () => {
    const page = await s.browser.newPage();
    const url = server.url(PAGE);
    // The saved page names resources nobody serves, and BiDi may never report its load:
    // the painted names, not the load event, say the page is read.
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 10_000 }).catch(() => undefined);
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), { timeout: 30_000 });
    const popup = await s.browser.newPage();
    await popup.setViewport({ width: 420, height: 800 });
    await openFirefoxExtensionPage(popup, `${s.extensionOrigin}/popup.html`);
    const tabId = await firefoxTabId(popup, url);
    await openFirefoxExtensionPage(popup, `${s.extensionOrigin}/popup.html?tabId=${tabId}`);
    await popup.waitForFunction((name) => document.body.innerText.includes(name), { timeout: 15_000 }, TAGGER_ONLY);
    expect(await popup.evaluate(() => document.querySelectorAll('.model-error').length)).toBe(0);
    await popup.screenshot({ path: join(ARTIFACTS, 'firefox-popup-tagger.png') });
    await popup.close();
    await page.close();
  });
});
