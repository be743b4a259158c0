/**
 * The notebook in both real browsers: a backup imported through the options page shows
 * in the popup; search, edit, delete and undo work there; a note opened from the popup
 * lands on its passage; the watch-list paints what it lists; deleting everything asks
 * first and can be undone; popup and options pass axe-core with no serious violation.
 * The scenarios run in order on one browser's database.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AXE_SOURCE, seriousViolations } from './support/axe';
import { ARTIFACTS } from './support/browsers';
import { forEachBrowser } from './support/driver';
import { startServer, type PageServer } from './support/server';

let server: PageServer;
let backupFile: string;
const QUOTE = 'halt operations against Russia';

beforeAll(async () => {
  server = await startServer();
  const note = (id: string, over: object) => ({
    id,
    kind: 'passage',
    tags: ['cyber'],
    actorIds: ['person/pete-hegseth'],
    topicIds: [],
    site: '127.0.0.1',
    created: 1_700_000_000_000,
    updated: 1_700_000_000_000,
    ...over,
  });
  backupFile = join(ARTIFACTS, 'notes-e2e-backup.json');
  writeFileSync(
    backupFile,
    JSON.stringify({
      format: 'dossier-backup',
      version: 1,
      exported: new Date().toISOString(),
      notes: [
        note('5b1c9d2e-0000-4000-8000-000000000001', {
          body: 'Timing matters: right before the Oval Office meeting.',
          quote: QUOTE,
          title: 'Seed article',
          url: server.url('/corpus/seed-article.html'),
          selectors: [
            { type: 'TextQuoteSelector', exact: QUOTE, prefix: 'The order from Hegseth to ', suffix: ' by the US Cyber Command' },
          ],
        }),
        note('5b1c9d2e-0000-4000-8000-000000000002', {
          kind: 'page',
          body: 'Docs page kept for later',
          title: 'Docker docs',
          url: server.url('/corpus/tf-docker-docs.html'),
          tags: [],
          actorIds: [],
          updated: 1_700_000_100_000,
        }),
      ],
    }),
  );
});
afterAll(async () => {
  await server?.close();
});

const button = (name: string | RegExp, exact = false) => ({ role: 'button', name, exact }) as const;
const allNotesTab = { role: 'tab', name: 'All notes' } as const;
const search = { label: 'Search notes' } as const;
const deleteAll = button('Delete all data…');

forEachBrowser((b) => {
  it('imports a backup in the options page, with no serious accessibility violation', async () => {
    const options = await b.openExtensionPage('options.html');
    expect(
      await options.evaluate(() => {
        const input = document.querySelector('input[type=file]') as HTMLInputElement;
        return `${input.getAttribute('aria-label') ?? ''} ${[...(input.labels ?? [])].map((l) => l.textContent).join(' ')}`;
      }),
    ).toMatch(/Import a Dossier backup/);
    await options.upload('input[type=file]', backupFile);
    await options.waitFor({ text: '2 notes added, 0 updated' });
    await options.evaluate(AXE_SOURCE);
    expect(await options.evaluate(seriousViolations)).toEqual([]);
    await options.screenshot(`${b.name}-options.png`, { fullPage: true });
    await options.close();
  });

  it('adds a topic and an actor to the watch-list, and the article shows them', async () => {
    const options = await b.openExtensionPage('options.html');
    const add = async (name: string, kind: string, aliases = '') => {
      await options.fill({ label: 'Name', exact: true }, name);
      await options.choose({ label: 'Kind' }, { label: kind });
      await options.fill({ label: 'Other names, comma-separated' }, aliases);
      await options.click(button('Add to watch-list'));
      await options.waitFor(button(`Remove ${name}`));
    };
    await add('high-stakes meeting', 'Topic');
    await add('Oval Office', 'Organization');
    const page = await b.newPage();
    await page.goto(server.url('/corpus/seed-article.html'));
    const texts = (kind: string) => [...(((CSS as any).highlights?.get(kind) ?? []) as Set<Range>)].map((r) => r.toString());
    await page.waitForFunction(
      () =>
        [...(((CSS as any).highlights?.get('dossier-topic') ?? []) as Set<Range>)].some(
          (r) => r.toString() === 'high-stakes meeting',
        ),
      undefined,
      20_000,
    );
    // A watched actor wins over a topic term on the same words.
    expect(await page.evaluate(texts, 'dossier-organization')).toContain('Oval Office');
    expect(await page.evaluate(texts, 'dossier-topic')).not.toContain('Oval Office');
    await options.bringToFront();
    await options.click(button('Remove high-stakes meeting'));
    await options.click(button('Remove Oval Office'));
    await expect.poll(() => options.count(button(/^Remove /))).toBe(0);
    await page.close();
    await options.close();
  });

  it('searches, edits, deletes and undoes in the popup, in light and dark', async () => {
    const popup = await b.openExtensionPage('popup.html', { width: 420, height: 600 });
    const notes = () => popup.count('.note');
    // By keyboard, as the tab pattern has it: the arrow key moves to and selects the next tab.
    await popup.focus({ role: 'tab', name: 'This page' });
    await popup.keyboard.press('ArrowRight');
    expect(await popup.attr(allNotesTab, 'aria-selected')).toBe('true');
    expect(await popup.evaluate(() => document.activeElement?.textContent?.trim())).toBe('All notes');
    await popup.waitFor({ text: 'Docs page kept for later' });
    await popup.fill(search, 'oval office');
    await expect.poll(notes).toBe(1);
    await popup.click(button('Edit note'));
    await popup.fill({ label: 'Edit note' }, 'Timing matters, edited.');
    await popup.keyboard.press('Control+Enter');
    await popup.fill(search, '');
    await popup.waitFor({ text: 'Timing matters, edited.' });
    await popup.click(button('Delete note'));
    await popup.click(button('Undo', true));
    await popup.waitFor({ text: 'Note restored.' });
    await expect.poll(notes).toBe(2);
    // One note found, deleted (none left in view) and brought back.
    await popup.fill(search, 'docs');
    await expect.poll(notes).toBe(1);
    await popup.click(button('Delete note'));
    await expect.poll(notes).toBe(0);
    await popup.click(button('Undo', true));
    await expect.poll(notes).toBe(1);
    await popup.fill(search, '');
    await expect.poll(notes).toBe(2);
    await popup.evaluate(AXE_SOURCE);
    expect(await popup.evaluate(seriousViolations)).toEqual([]);
    await popup.screenshot(`${b.name}-popup-notebook-light.png`);
    // Only Chromium's driver can make a page prefer dark (Firefox ESR's BiDi has no colour-scheme emulation).
    if (b.name === 'chromium') {
      await popup.darkScheme!();
      await popup.screenshot(`${b.name}-popup-notebook-dark.png`);
      expect(await popup.evaluate(seriousViolations)).toEqual([]);
    }
    await popup.close();
  });

  it('opens a note from the popup on its page and scrolls to the passage', async () => {
    const popup = await b.openExtensionPage('popup.html');
    await popup.click(allNotesTab);
    const opened = b.nextPage((url) => url.includes('seed-article'));
    await popup.click(button('Seed article'));
    const page = await opened;
    await page.waitForFunction(
      (q) => [...(((CSS as any).highlights?.get('dossier-focus') ?? []) as Set<Range>)].some((r) => r.toString() === q),
      QUOTE,
      20_000,
    );
    expect(await b.tabId(page)).toBeGreaterThan(0);
    await page.close();
    await popup.close();
  });

  // Last: it empties the database the scenarios above fill.
  it('deletes everything only after a confirmation, offers Undo, and the notebook says it is empty', async () => {
    const options = await b.openExtensionPage('options.html');
    await options.waitFor({ text: /storage/, within: '[data-testid=persistence]' });
    await options.click(deleteAll);
    await options.waitFor({ role: 'alert', name: /reading history and settings\?/ });
    await options.waitFor(button('Export, then delete'));
    await options.click(button('Keep my data'));
    await options.click(deleteAll);
    await options.click(button('Delete everything'));
    await options.waitFor({ role: 'status', name: /^Deleted \d+ notes, .* Undo is offered for 30 seconds\.$/ });
    await expect.poll(() => options.isDisabled(deleteAll)).toBe(true);
    await options.screenshot(`${b.name}-options-deleted.png`, { fullPage: true });
    await options.click(button('Undo delete'));
    await options.waitFor({ role: 'status', name: /^Restored \d+ notes/ });
    await expect.poll(() => options.isDisabled(deleteAll)).toBe(false);
    await options.click(deleteAll);
    await options.click(button('Delete everything'));
    // The count behind the button follows the database a moment later.
    await expect.poll(() => options.isDisabled(deleteAll)).toBe(true);
    const popup = await b.openExtensionPage('popup.html');
    await popup.click(allNotesTab);
    await popup.waitFor({ text: 'Your notebook is empty.' });
    await popup.close();
    await options.close();
  });
});
