/**
 * The name model in both real browsers: the reader chunk fetches it from the extension's
 * own files after a positive decision, and the names only the tagger finds reach the
 * popup ("American University of Kabul", which the gazetteer and shape rules cut to
 * "University of Kabul"); the places it names that are not countries are listed there and
 * never painted; the popup's Why? reports no model error.
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from './support/driver';
import { useServer } from './support/server';
import { readHighlights } from './support/page-probes';

const PAGE = '/corpus/sh-nypost-taliban-swap.html';
const TAGGER_ONLY = 'American University of Kabul';
const PLACE = 'Doha';

const server = useServer();

forEachBrowser((b) => {
  it('finds a name only the tagger knows, lists a place without painting it, and the Why? panel has no model error', async () => {
    const page = await b.newPage();
    // The saved page names resources nobody serves, and a browser may never report its
    // load: the painted names, not the load event, say the page is read.
    await page.goto(server.url(PAGE), { lenient: true });
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), undefined, 30_000);
    const popup = await b.openExtensionPage(`popup.html?tabId=${await b.tabId(page)}`, { width: 420, height: 800 });
    // The actor's row also holds its role line, so the name is looked for in the row's text.
    await popup.waitForFunction((name) => document.body.innerText.includes(name), TAGGER_ONLY, 15_000);
    await popup.waitForFunction(
      (place) => [...document.querySelectorAll('.places li')].some((li) => li.textContent?.startsWith(`${place} `)),
      PLACE,
      15_000,
    );
    const painted = Object.values(await page.evaluate(readHighlights, 'body')).flat();
    expect(painted.length).toBeGreaterThan(0);
    expect(painted.filter((r) => r.text.includes(PLACE))).toEqual([]);
    await popup.click({ text: /^Why\?$/ });
    expect(await popup.count('.model-error')).toBe(0);
    await popup.screenshot(`${b.name}-popup-tagger.png`);
    await popup.evaluate(() => document.querySelector('.places')?.scrollIntoView());
    await popup.screenshot(`${b.name}-popup-places.png`);
    await popup.close();
    await page.close();
  });
});
