/**
 * The knowledge base in both real browsers: on a page whose officials, party and hacker
 * group the curated list does not have, the reader chunk loads the base from the
 * extension's own file and the cards show the base's role ("as of" for a 2022 role,
 * "also called" for other spellings); the popup lists the same roles.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, collectErrors, firefoxTabId, openFirefoxExtensionPage, useChromium, useFirefox } from './support/browsers';
import { axDialog, axNoDialog } from './support/ax';
import { textPoint } from './support/page-probes';
import { useServer } from './support/server';

mkdirSync(ARTIFACTS, { recursive: true });
const server = useServer();
const painted = () => (CSS as any).highlights?.has('dossier-person');

describe('Chromium', () => {
  const s = useChromium();

  it('shows the role from the knowledge base on the cards of actors only it knows', async () => {
    const page = await s.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/fixtures/kb-article.html'));
    await page.waitForFunction(painted, null, { timeout: 20_000 });
    const cards: [string, string, string, RegExp][] = [
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
    for (const [surface, name, file, expected] of cards) {
      const at = await page.evaluate(textPoint, { within: 'article', text: surface });
      await page.mouse.move(at.x, at.y);
      const card = await axDialog(page, `${name}: who this is`);
      expect(card.text).toMatch(expected);
      await page.screenshot({ path: join(ARTIFACTS, `chromium-kb-card-${file}.png`) });
      // Away from the card: it closes, so it cannot cover the next name.
      await page.mouse.move(5, 5);
      await axNoDialog(page, `${name}: who this is`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Firefox', () => {
  const s = useFirefox();

  it('lists the roles from the knowledge base in the popup and opens the card of an official only it knows', async () => {
    const page = await s.browser.newPage();
    await page.goto(server.url('/fixtures/kb-article.html'));
    await page.waitForFunction(painted, { timeout: 20_000 });
    const popup = await s.browser.newPage();
    await openFirefoxExtensionPage(popup, `${s.extensionOrigin}/popup.html`);
    const tabId = await firefoxTabId(popup, page.url());
    await openFirefoxExtensionPage(popup, `${s.extensionOrigin}/popup.html?tabId=${tabId}`);
    const begaj = await popup.waitForSelector('button.actor.person ::-p-text(Bajram Begaj)', { timeout: 10_000 });
    const roles = await popup.$$eval('.actor .role', (els) => els.map((e) => e.textContent));
    expect(roles).toEqual(
      expect.arrayContaining([
        'President of Albania (2022–)',
        'Foreign Minister of Albania (2020–) (as of Dec 2022) · also called Olta Xhacka',
      ]),
    );
    expect(roles.some((r) => r?.startsWith('Political party, Pakistan'))).toBe(true);
    await popup.screenshot({ path: join(ARTIFACTS, 'firefox-kb-popup.png') });
    await begaj!.click();
    await page.bringToFront();
    // Dossier's host is a plain div at the root, known to it by reference.
    await page.waitForFunction(() => document.activeElement?.matches(':root > div') === true, { timeout: 10_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-kb-card-begaj.png') });
    await popup.close();
    await page.close();
  });
});
