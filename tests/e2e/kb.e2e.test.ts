/**
 * The knowledge base in both real browsers: on a page whose officials, party and hacker
 * group the curated list does not have, the reader chunk loads the base from the
 * extension's own file and the cards show the base's role ("as of" for a 2022 role,
 * "also called" for other spellings); the popup lists the same roles, and opens the card
 * of an official with the focus in it.
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from './support/driver';
import { textPoint } from './support/page-probes';
import { useServer } from './support/server';

const server = useServer();
const painted = () => (CSS as any).highlights?.has('dossier-person');

/** Surface in the article, the card's name, a file name, and what the card says (where the driver reads it). */
const CARDS: [string, string, string, RegExp][] = [
  ['Bajram Begaj', 'Bajram Begaj', 'begaj', /Person · President of Albania \(2022–\)/],
  [
    'Olta Xhacka',
    'Olta Xhaçka',
    'xhacka',
    /Person · Foreign Minister of Albania \(2020–\) \(as of Dec 2022\)\nAlso called Olta Xhacka/,
  ],
  [
    'Pakistan Tehreek-e-Insaf',
    'Pakistan Movement for Justice',
    'pti',
    /Organization · Political party, Pakistan\nAlso called .*Pakistan Tehreek-e-Insaf/,
  ],
];

forEachBrowser((b) => {
  it('shows the role from the knowledge base on the cards of actors only it knows', async () => {
    const page = await b.newPage();
    await page.goto(server.url('/fixtures/kb-article.html'));
    await page.waitForFunction(painted, undefined, 20_000);
    for (const [surface, name, file, expected] of CARDS) {
      const at = await page.evaluate(textPoint, { within: 'article', text: surface });
      await page.mouse.move(at.x, at.y);
      const card = await page.card(`${name}: who this is`, at);
      if (card.readable) expect(card.text).toMatch(expected);
      await page.screenshot(`${b.name}-kb-card-${file}.png`);
      // Away from the card: it closes, so it cannot cover the next name.
      await page.mouse.move(5, 5);
      await page.cardClosed(`${name}: who this is`, at);
    }
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('lists the roles from the knowledge base in the popup and opens the card of an official only it knows', async () => {
    const page = await b.newPage();
    await page.goto(server.url('/fixtures/kb-article.html'));
    await page.waitForFunction(painted, undefined, 20_000);
    const popup = await b.openExtensionPage(`popup.html?tabId=${await b.tabId(page)}`);
    const begaj = { role: 'button', name: 'Bajram Begaj', within: 'ul.actors' } as const;
    await popup.waitFor(begaj);
    expect((await popup.attr(begaj, 'class'))?.split(' ')).toEqual(['actor', 'person']);
    const roles = await popup.texts('.actor .role');
    expect(roles).toEqual(
      expect.arrayContaining([
        'President of Albania (2022–)',
        'Foreign Minister of Albania (2020–) (as of Dec 2022) · also called Olta Xhacka',
      ]),
    );
    expect(roles.some((r) => r?.startsWith('Political party, Pakistan'))).toBe(true);
    await popup.screenshot(`${b.name}-kb-popup.png`);
    await popup.click(begaj);
    await page.bringToFront();
    // Dossier's host is a plain div at the root, known to it by reference.
    await page.waitForFunction(() => document.activeElement?.matches(':root > div') === true);
    await page.screenshot(`${b.name}-kb-card-from-popup.png`);
    await popup.close();
    await page.close();
  });
});
