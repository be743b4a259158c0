/**
 * The notebook in both real browsers: a backup imported through the options page shows
 * in the popup; search, edit, delete and undo work there; a note opened from the popup
 * lands on its passage; popup and options pass axe-core with no serious violation.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_SOURCE, seriousViolations } from './support/axe';
import { ARTIFACTS, chromiumTabId, openFirefoxExtensionPage, useChromium, useFirefox } from './support/browsers';
import { startServer, type PageServer } from './support/server';

mkdirSync(ARTIFACTS, { recursive: true });
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

describe('Chromium', () => {
  const s = useChromium();

  it('imports a backup in the options page, with no serious accessibility violation', async () => {
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options.getByLabel(/Import a Dossier backup/).setInputFiles(backupFile);
    await options.getByText('2 notes added, 0 updated').waitFor({ timeout: 10_000 });
    await options.evaluate(AXE_SOURCE);
    expect(await options.evaluate(seriousViolations)).toEqual([]);
    await options.screenshot({ path: join(ARTIFACTS, 'chromium-options.png'), fullPage: true });
    await options.close();
  });

  it('adds a topic and an actor to the watch-list, and the article shows them', async () => {
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    const add = async (name: string, kind: string, aliases = '') => {
      await options.getByLabel('Name', { exact: true }).fill(name);
      await options.getByLabel('Kind').selectOption({ label: kind });
      await options.getByLabel('Other names, comma-separated').fill(aliases);
      await options.getByRole('button', { name: 'Add to watch-list' }).click();
      await options.getByRole('button', { name: `Remove ${name}` }).waitFor();
    };
    await add('high-stakes meeting', 'Topic');
    await add('Oval Office', 'Organization');
    const page = await s.context.newPage();
    await page.goto(server.url('/corpus/seed-article.html'));
    const texts = (kind: string) => [...(((CSS as any).highlights?.get(kind) ?? []) as Set<Range>)].map((r) => r.toString());
    await page.waitForFunction(
      () =>
        [...(((CSS as any).highlights?.get('dossier-topic') ?? []) as Set<Range>)].some(
          (r) => r.toString() === 'high-stakes meeting',
        ),
      null,
      { timeout: 20_000 },
    );
    // A watched actor wins over a topic term on the same words.
    expect(await page.evaluate(texts, 'dossier-organization')).toContain('Oval Office');
    expect(await page.evaluate(texts, 'dossier-topic')).not.toContain('Oval Office');
    await options.getByRole('button', { name: 'Remove high-stakes meeting' }).click();
    await options.getByRole('button', { name: 'Remove Oval Office' }).click();
    await expect.poll(() => options.getByRole('button', { name: /^Remove / }).count()).toBe(0);
    await page.close();
    await options.close();
  });

  it('searches, edits, deletes and undoes in the popup, in light and dark', async () => {
    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    // By keyboard, as the tab pattern has it: the arrow key moves to and selects the next tab.
    await popup.getByRole('tab', { name: 'This page' }).focus();
    await popup.keyboard.press('ArrowRight');
    expect(await popup.getByRole('tab', { name: 'All notes' }).getAttribute('aria-selected')).toBe('true');
    expect(await popup.evaluate(() => document.activeElement?.textContent?.trim())).toBe('All notes');
    await popup.getByText('Docs page kept for later').waitFor({ timeout: 10_000 });
    await popup.getByLabel('Search notes').fill('oval office');
    await expect.poll(() => popup.locator('.note').count()).toBe(1);
    await popup.getByRole('button', { name: 'Edit note' }).click();
    await popup.getByLabel('Edit note').fill('Timing matters, edited.');
    await popup.keyboard.press('Control+Enter');
    await popup.getByLabel('Search notes').fill('');
    await popup.getByText('Timing matters, edited.').waitFor({ timeout: 10_000 });
    await popup.getByRole('button', { name: 'Delete note' }).first().click();
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByText('Note restored.').waitFor();
    await expect.poll(() => popup.locator('.note').count()).toBe(2);
    await popup.evaluate(AXE_SOURCE);
    expect(await popup.evaluate(seriousViolations)).toEqual([]);
    await popup.screenshot({ path: join(ARTIFACTS, 'chromium-popup-notebook-light.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: join(ARTIFACTS, 'chromium-popup-notebook-dark.png') });
    expect(await popup.evaluate(seriousViolations)).toEqual([]);
    await popup.close();
  });

  it('opens a note from the popup on its page and scrolls to the passage', async () => {
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'All notes' }).click();
    const opened = s.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Seed article' }).click();
    const page = await opened;
    await page.waitForFunction(
      (q) => [...(((CSS as any).highlights?.get('dossier-focus') ?? []) as Set<Range>)].some((r) => r.toString() === q),
      QUOTE,
      { timeout: 20_000 },
    );
    expect(await chromiumTabId(s, page)).toBeGreaterThan(0);
    await page.close();
    await popup.close();
  });

  // Last: it empties the database the tests above fill.
  it('deletes everything only after a confirmation, offers Undo, and the notebook says it is empty', async () => {
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options
      .getByTestId('persistence')
      .filter({ hasText: /storage/ })
      .waitFor();
    await options.getByRole('button', { name: 'Delete all data…' }).click();
    await options
      .getByRole('alert')
      .filter({ hasText: /reading history and settings\?/ })
      .waitFor();
    await options.getByRole('button', { name: 'Export, then delete' }).waitFor();
    await options.getByRole('button', { name: 'Keep my data' }).click();
    await options.getByRole('button', { name: 'Delete all data…' }).click();
    await options.getByRole('button', { name: 'Delete everything' }).click();
    await options
      .getByRole('status')
      .filter({ hasText: /^Deleted \d+ notes, .* Undo is offered for 30 seconds\.$/ })
      .waitFor();
    await expect.poll(() => options.getByRole('button', { name: 'Delete all data…' }).isDisabled()).toBe(true);
    await options.screenshot({ path: join(ARTIFACTS, 'chromium-options-deleted.png'), fullPage: true });
    await options.getByRole('button', { name: 'Undo delete' }).click();
    await options
      .getByRole('status')
      .filter({ hasText: /^Restored \d+ notes/ })
      .waitFor();
    await expect.poll(() => options.getByRole('button', { name: 'Delete all data…' }).isDisabled()).toBe(false);
    await options.getByRole('button', { name: 'Delete all data…' }).click();
    await options.getByRole('button', { name: 'Delete everything' }).click();
    // The count behind the button follows the database a moment later.
    await expect.poll(() => options.getByRole('button', { name: 'Delete all data…' }).isDisabled()).toBe(true);
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'All notes' }).click();
    await popup.getByText('Your notebook is empty.').waitFor({ timeout: 10_000 });
    await popup.close();
    await options.close();
  });
});

describe('Firefox', () => {
  const s = useFirefox();

  it('imports a backup, lists and searches it, deletes and undoes, with no serious accessibility violation', async () => {
    const options = await s.browser.newPage();
    await openFirefoxExtensionPage(options, `${s.extensionOrigin}/options.html`);
    const input = await options.waitForSelector('input[type=file]');
    await input!.uploadFile(backupFile);
    await options.waitForFunction(() => document.body.innerText.includes('2 notes added, 0 updated'), { timeout: 10_000 });
    await options.evaluate(AXE_SOURCE);
    expect(await options.evaluate(seriousViolations)).toEqual([]);
    await options.screenshot({ path: join(ARTIFACTS, 'firefox-options.png') });

    const popup = await s.browser.newPage();
    await popup.setViewport({ width: 420, height: 600 });
    await openFirefoxExtensionPage(popup, `${s.extensionOrigin}/popup.html`);
    await popup.waitForSelector('[role=tab]');
    await popup.evaluate(() => (document.querySelectorAll('[role=tab]')[1] as HTMLElement).click());
    await popup.waitForFunction(() => document.querySelectorAll('.note').length === 2, { timeout: 10_000 });
    await popup.type('input[type=search]', 'docs');
    await popup.waitForFunction(() => document.querySelectorAll('.note').length === 1, { timeout: 5_000 });
    await popup.click('button[aria-label^="Delete note"]');
    await popup.waitForFunction(() => document.querySelectorAll('.note').length === 0, { timeout: 5_000 });
    await popup.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Undo')!.click());
    await popup.waitForFunction(() => document.querySelectorAll('.note').length === 1, { timeout: 5_000 });
    await popup.evaluate(AXE_SOURCE);
    expect(await popup.evaluate(seriousViolations)).toEqual([]);
    await popup.screenshot({ path: join(ARTIFACTS, 'firefox-popup-notebook.png') });
  });
});
