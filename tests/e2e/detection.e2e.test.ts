/**
 * Detection in both real browsers: pages that are not articles of Dossier's kind get no
 * highlight and never load the reader chunk; the popup explains the decision; the
 * reader's "Always on" switch for the page turns Dossier on there, and it is remembered.
 */
import { expect, it } from 'vitest';
import { forEachBrowser, type Browser, type TestPage } from './support/driver';
import { useServer } from './support/server';

const NOT_OURS = ['tf-docker-docs', 'pl-reddit-askreddit'];
const painted = () => [...((CSS as any).highlights?.keys() ?? [])].filter((k: string) => k.startsWith('dossier-'));

const server = useServer();

/** Run in the background's realm: what the tab's top frame says of itself (`tab.state`). */
async function topFrameState(tabId: number): Promise<{ ok: boolean; data?: { decision: unknown; active: boolean } }> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  return api.tabs.sendMessage(tabId, { type: 'tab.state' }, { frameId: 0 });
}

/**
 * Waits until the watcher has decided on the page, and returns its tab id. A page it
 * wrongly took for an article would say so here (active), before any paint.
 */
async function decided(b: Browser, page: TestPage): Promise<number> {
  const tabId = await b.tabId(page);
  await expect
    .poll(async () => (await b.background(topFrameState, tabId).catch(() => undefined))?.data?.decision ?? null, {
      timeout: 20_000,
    })
    .not.toBeNull();
  expect((await b.background(topFrameState, tabId)).data?.active).toBe(false);
  return tabId;
}

forEachBrowser((b) => {
  /** Script URLs the page's renderer parsed, content-script worlds included (Chromium's DevTools protocol only). */
  const parsedScripts = async (page: TestPage): Promise<string[]> => {
    const urls: string[] = [];
    const cdp = await page.devtools!();
    cdp.on('Debugger.scriptParsed', (e) => urls.push(e.url));
    await cdp.send('Debugger.enable');
    return urls;
  };

  for (const id of NOT_OURS) {
    it(`leaves ${id} alone: no highlight, no reader loaded, and the popup says why`, async () => {
      const page = await b.newPage();
      const scripts = b.name === 'chromium' ? await parsedScripts(page) : null;
      await page.goto(server.url(`/corpus/${id}.html`));
      const tabId = await decided(b, page);
      expect(await page.evaluate(painted)).toEqual([]);
      if (scripts) {
        expect(scripts.some((u) => u.endsWith('/content-scripts/content.js'))).toBe(true);
        expect(scripts.filter((u) => u.endsWith('/reader.js'))).toEqual([]);
      }
      const popup = await b.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitFor({ text: 'Not highlighted' });
      // No actors in the popup: the reader, which alone extracts, never ran.
      expect(await popup.count('.actors li')).toBe(0);
      await popup.close();
      await page.close();
    });
  }

  // Firefox's driver cannot list the scripts a content-script world parses.
  if (b.name === 'chromium')
    it('loads the reader on the seed article (the check above can see it)', async () => {
      const page = await b.newPage();
      const scripts = await parsedScripts(page);
      await page.goto(server.url('/corpus/seed-article.html'));
      await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), undefined, 20_000);
      expect(scripts.filter((u) => u.endsWith('/reader.js'))).toHaveLength(1);
      await page.close();
    });

  it('explains the decision in the popup, and "Always on" for the page turns Dossier on and is remembered', async () => {
    const page = await b.newPage();
    await page.goto(server.url('/corpus/tf-docker-docs.html'));
    const tabId = await decided(b, page);
    const popup = await b.openExtensionPage(`popup.html?tabId=${tabId}`, { width: 420, height: 600 });
    await popup.waitFor({ text: 'Not highlighted' });
    await popup.click({ text: /^Why\?$/ });
    // Plain words first; the measured figures only behind Details.
    expect(await popup.text('.why')).toMatch(/If Dossier is wrong, switch it on/);
    expect(await popup.evaluate(() => (document.querySelector('.why .figures') as HTMLDetailsElement).open)).toBe(false);
    await popup.screenshot(`${b.name}-popup-not-detected.png`);
    await popup.choose({ role: 'combobox', name: 'This page' }, { value: 'on' });
    await popup.waitFor({ text: 'Highlighting: switched on for this page' }, 15_000);
    expect(await page.evaluate(painted)).not.toEqual([]);
    await page.reload();
    await page.waitForFunction(
      () => [...((CSS as any).highlights?.keys() ?? [])].some((k: string) => k.startsWith('dossier-')),
      undefined,
      20_000,
    );
    await popup.close();
    await page.close();
  });
});
