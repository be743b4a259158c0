/**
 * The name model in both real browsers: the reader chunk fetches it from the extension's
 * own files after a positive decision, and the names only the tagger finds reach the
 * popup ("American University of Kabul", which the gazetteer and shape rules cut to
 * "University of Kabul"); the popup's Why? reports no model error.
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from './support/driver';
import { useServer } from './support/server';

const PAGE = '/corpus/sh-nypost-taliban-swap.html';
const TAGGER_ONLY = 'American University of Kabul';

const server = useServer();

forEachBrowser((b) => {
  it('finds a name only the tagger knows, and the Why? panel has no model error', async () => {
    const page = await b.newPage();
    // The saved page names resources nobody serves, and a browser may never report its
    // load: the painted names, not the load event, say the page is read.
    await page.goto(server.url(PAGE), { lenient: true });
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), undefined, 30_000);
    const popup = await b.openExtensionPage(`popup.html?tabId=${await b.tabId(page)}`, { width: 420, height: 800 });
    // The actor's row also holds its role line, so the name is looked for in the row's text.
    await popup.waitForFunction((name) => document.body.innerText.includes(name), TAGGER_ONLY, 15_000);
    await popup.click({ text: /^Why\?$/ });
    expect(await popup.count('.model-error')).toBe(0);
    await popup.screenshot(`${b.name}-popup-tagger.png`);
    await popup.close();
    await page.close();
  });
});
