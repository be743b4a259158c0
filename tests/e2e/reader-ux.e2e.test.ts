/**
 * The reader's experience of popup and options in both browsers (issue 17): shortcuts the
 * browser really assigned (and a way to set a missing one), 14 px text, the Why? panel in
 * plain words, topics a keyboard reaches, a view switch that starts at the top, hidden
 * actors listed by name with distinct buttons, focus that follows "Delete all data…", and
 * axe-core with no serious violation. Screenshots at the popup's real size go to
 * test-results/ux-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axDialog } from './support/ax';
import { AXE_SOURCE, seriousViolations } from './support/axe';
import { ARTIFACTS, chromiumTabId, firefoxTabId, openFirefoxExtensionPage, useChromium, useFirefox } from './support/browsers';
import { noteButtonPoint, quoteEnds, textPoint } from './support/page-probes';
import { chromiumEditorFrame } from './support/notebook';
import { dragSelect } from './support/pointer';
import { startServer, type PageServer } from './support/server';

mkdirSync(ARTIFACTS, { recursive: true });
let server: PageServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** Run in an extension page: the browser's assigned shortcut per command. */
async function shortcuts(): Promise<Record<string, string>> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const all: { name: string; shortcut?: string }[] = await api.commands.getAll();
  return Object.fromEntries(all.map((c) => [c.name, c.shortcut ?? '']));
}

/** Run in an extension page: sends one message to the background as the UI does. */
async function send(msg: object): Promise<unknown> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  return api.runtime.sendMessage(msg);
}

/** Run in the popup: what the reader sees and can reach. */
function popupFacts() {
  const size = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
  const search = document.querySelector('.search')?.getBoundingClientRect();
  const header = document.querySelector('.popup header')!.getBoundingClientRect();
  return {
    body: size('body'),
    actorName: document.querySelector('.actor .name') ? size('.actor .name') : null,
    actorType: document.querySelector('.actor .type') ? size('.actor .type') : null,
    searchBelowHeader: search ? search.top >= header.bottom : null,
    scrollBoxTabIndex: (document.querySelector('.popup') as HTMLElement).tabIndex,
  };
}

const NOTE = (url: string) => ({
  type: 'note.add',
  note: { kind: 'page', body: 'Kept for the focus test #focus', url, title: 'A page about focus' },
});

describe('Chromium', () => {
  const s = useChromium();

  it('assigns both suggested shortcuts', async () => {
    const got = await s.worker.evaluate(shortcuts);
    expect(got['add-note']).toBe('Alt+Shift+M');
    expect(got['toggle-highlights']).toBe('Alt+Shift+H');
  });

  it('shows the popup at 14 px with the Why? panel in plain words, topics reachable by keyboard, and each view from its top', async () => {
    const page = await s.context.newPage();
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), null, { timeout: 20_000 });
    const tabId = await chromiumTabId(s, page);
    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 420, height: 580 });
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('.actor').first().waitFor({ timeout: 10_000 });
    await popup.getByText('Why?').click();
    const why = await popup.locator('.why').innerText();
    expect(why).toMatch(/This page is an article|reads as an article/);
    expect(why).not.toMatch(/domain score|per 1,000/);
    await popup.getByText('Details').click();
    expect(await popup.locator('.why .figures').innerText()).toMatch(/domain score/);
    await popup.screenshot({ path: join(ARTIFACTS, 'ux-chromium-popup-page.png') });
    const facts = await popup.evaluate(popupFacts);
    expect(facts.body).toBe(14);
    expect(facts.actorName).toBeGreaterThan(facts.actorType!);
    // Topics are buttons: Tab reaches them.
    const topic = popup.locator('button.topic').first();
    await topic.focus();
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('topic'))).toBe(true);
    // Scrolled down, then to All notes: the search box is below the header, not under it.
    await popup.locator('.popup').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await popup.getByRole('tab', { name: 'All notes' }).click();
    await popup.locator('.search').waitFor();
    expect((await popup.evaluate(popupFacts)).searchBelowHeader).toBe(true);
    expect(await popup.locator('.empty-state').innerText()).toContain('press Alt+Shift+M (or the Note button');
    await popup.evaluate(AXE_SOURCE);
    expect(await popup.evaluate(seriousViolations)).toEqual([]);
    await popup.screenshot({ path: join(ARTIFACTS, 'ux-chromium-popup-notes.png') });
    await popup.close();
    await page.close();
  });

  it('takes notes in the page that carry tags, topics and their actor, found by word forms, with focus kept after delete and undo', async () => {
    const page = await s.context.newPage();
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), null, { timeout: 20_000 });
    const QUOTE = 'seen as a retreat in the ongoing battle';
    const { from, to } = await page.evaluate(quoteEnds, { within: 'article', text: QUOTE });
    await dragSelect(page.mouse, from, to);
    await page.waitForFunction((q) => getSelection()?.toString() === q, QUOTE);
    const box = { right: to.box.x + to.box.width, bottom: to.y + 8 };
    const at = noteButtonPoint(box);
    const onUi = (p: { x: number; y: number }) => document.elementFromPoint(p.x, p.y)?.matches(':root > div') === true;
    await page.waitForFunction(onUi, at, { timeout: 5_000 });
    // The line under the selection's end stays readable: the button is beside it, not over it.
    expect(await page.evaluate(onUi, { x: box.right - 20, y: box.bottom + 10 })).toBe(false);
    await page.screenshot({
      path: join(ARTIFACTS, 'ux-chromium-note-button.png'),
      clip: { x: 0, y: Math.max(0, to.y - 80), width: 1200, height: 200 },
    });
    await page.mouse.click(at.x, at.y);
    const editor = await chromiumEditorFrame(page);
    // "Save note" on one line: no taller than "Cancel".
    const height = async (name: string) => (await editor.getByRole('button', { name }).boundingBox())!.height;
    expect(await height('Save note')).toBe(await height('Cancel'));
    await editor.locator('textarea:focus').waitFor({ timeout: 10_000 });
    await page.keyboard.type('A #Retreat or a pause? #cyber-ops');
    await page.screenshot({ path: join(ARTIFACTS, 'ux-chromium-note-editor.png') });
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-note'), null, { timeout: 10_000 });
    await expect.poll(() => page.frames().some((f) => f.url().includes('draft=')), { timeout: 10_000 }).toBe(false);
    // An actor note from the card.
    const hegseth = await page.evaluate(textPoint, { within: 'article', text: 'Hegseth', nth: 1 });
    await page.mouse.move(hegseth.x, hegseth.y);
    await (await axDialog(page, 'Pete Hegseth: who this is')).click('Add note');
    const actorEditor = await chromiumEditorFrame(page);
    await actorEditor.locator('textarea:focus').waitFor({ timeout: 10_000 });
    await page.keyboard.type('Watch his next order');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.frames().some((f) => f.url().includes('draft=')), { timeout: 10_000 }).toBe(false);

    const tabId = await chromiumTabId(s, page);
    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 420, height: 580 });
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('.note .about').waitFor({ timeout: 10_000 });
    expect(await popup.locator('.note .about').innerText()).toBe('About Pete Hegseth');
    expect(await popup.locator('.note .tags').first().innerText()).toMatch(/#retreat\s*#cyber-ops/);
    await popup.screenshot({ path: join(ARTIFACTS, 'ux-chromium-popup-page-notes.png'), fullPage: true });
    await popup.getByRole('tab', { name: 'All notes' }).click();
    await popup.locator('.note').first().waitFor();
    // Topic and tag filters exist, with the page's topics and the typed tags.
    expect(await popup.getByLabel('Filter by topic').locator('option').count()).toBeGreaterThan(1);
    expect(await popup.getByLabel('Filter by tag').locator('option').allInnerTexts()).toEqual([
      'Any tag',
      '#cyber-ops',
      '#retreat',
    ]);
    await popup.getByLabel('Search notes').fill('retreats');
    await expect.poll(() => popup.locator('.note').count()).toBe(1);
    expect(await popup.locator('.note .source').innerText()).toMatch(/Seed|Cyber|Hegseth/i);
    await popup.screenshot({ path: join(ARTIFACTS, 'ux-chromium-popup-search.png') });
    await popup.getByLabel('Search notes').fill('');
    await expect.poll(() => popup.locator('.note').count()).toBe(2);
    const active = () =>
      popup.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim()}`);
    await popup.getByRole('button', { name: 'Delete note: Watch his next order' }).click();
    await expect.poll(active).toBe('BUTTON Undo');
    await popup.keyboard.press('Enter');
    await popup.getByText('Note restored.').waitFor();
    await expect.poll(active).toMatch(/^DIV Note restored/);
    await popup.getByRole('button', { name: 'Edit note: Watch his next order' }).click();
    await popup.keyboard.press('Control+Enter');
    await expect.poll(active).toBe('BUTTON Edit');
    await popup.close();
    await page.close();
  });

  it('lists hidden actors by name with their wordings, and keeps focus sensible around "Delete all data…"', async () => {
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options.evaluate(send, { type: 'hidden.add', name: 'APT28', wordings: ['Fancy Bear'] });
    await options.evaluate(send, { type: 'hidden.add', name: 'Share' });
    await options.evaluate(send, NOTE(server.url('/corpus/seed-article.html')));
    await options.getByRole('button', { name: 'Highlight again: APT28' }).waitFor({ timeout: 10_000 });
    expect(await options.getByRole('button', { name: 'Highlight again: Share' }).count()).toBe(1);
    expect(await options.locator('#hidden-title + ul').innerText()).toContain('also written “Fancy Bear”');
    expect(await options.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBe(14);
    // The placeholder follows the kind.
    expect(await options.getByLabel('Name', { exact: true }).getAttribute('placeholder')).toBe('Maria Kowalczyk');
    await options.getByLabel('Kind').selectOption('group');
    expect(await options.getByLabel('Name', { exact: true }).getAttribute('placeholder')).toBe('Blue Harbor Group');
    await options.evaluate(AXE_SOURCE);
    expect(await options.evaluate(seriousViolations)).toEqual([]);
    await options.screenshot({ path: join(ARTIFACTS, 'ux-chromium-options.png'), fullPage: true });

    const focused = () => options.evaluate(() => document.activeElement?.textContent?.trim());
    await options.getByRole('button', { name: 'Delete all data…' }).click();
    await expect.poll(focused).toBe('Keep my data');
    await options.keyboard.press('Enter');
    await expect.poll(focused).toBe('Delete all data…');
    await options.close();
  });
});

describe('Firefox', () => {
  const s = useFirefox();

  it('assigns the shortcuts, shows the popup at 14 px without an extra tab stop, and offers to set a missing shortcut', async () => {
    const page = await s.browser.newPage();
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), { timeout: 20_000 });
    const popup = await s.browser.newPage();
    await popup.setViewport({ width: 420, height: 580 });
    await openFirefoxExtensionPage(popup, `${s.extensionOrigin}/popup.html`);
    const got = await popup.evaluate(shortcuts);
    expect(got['add-note']).toBe('Alt+Shift+M');
    expect(got['toggle-highlights']).toBe('Alt+Shift+H');
    const tabId = await firefoxTabId(popup, server.url('/corpus/seed-article.html'));
    await openFirefoxExtensionPage(popup, `${s.extensionOrigin}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('.actor', { timeout: 10_000 });
    await popup.waitForSelector('button.topic');
    const facts = await popup.evaluate(popupFacts);
    expect(facts.body).toBe(14);
    expect(facts.scrollBoxTabIndex).toBe(-1);
    await popup.evaluate(() => (document.querySelector('.why summary') as HTMLElement).click());
    await popup.evaluate(AXE_SOURCE);
    expect(await popup.evaluate(seriousViolations)).toEqual([]);
    await popup.screenshot({ path: join(ARTIFACTS, 'ux-firefox-popup-page.png') });

    // With the shortcut taken away, the empty notebook says none is set and offers the page.
    await popup.evaluate(() => (globalThis as any).browser.commands.update({ name: 'add-note', shortcut: '' }));
    await popup.evaluate(() => (document.querySelectorAll('[role=tab]')[1] as HTMLElement).click());
    await popup.waitForFunction(() => document.querySelector('.empty-state')?.textContent?.includes('none is set: choose one'), {
      timeout: 10_000,
    });
    await popup.screenshot({ path: join(ARTIFACTS, 'ux-firefox-popup-no-shortcut.png') });
    await popup.evaluate(() => (globalThis as any).browser.commands.reset('add-note'));

    const options = await s.browser.newPage();
    await openFirefoxExtensionPage(options, `${s.extensionOrigin}/options.html`);
    await options.evaluate(send, { type: 'hidden.add', name: 'APT28', wordings: ['Fancy Bear'] });
    await options.waitForSelector('button[aria-label="Highlight again: APT28"]', { timeout: 10_000 });
    expect(await options.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBe(14);
    await options.evaluate(AXE_SOURCE);
    expect(await options.evaluate(seriousViolations)).toEqual([]);
    await options.screenshot({ path: join(ARTIFACTS, 'ux-firefox-options.png'), fullPage: true });
  });

  it('keeps typed #tags, finds word forms, and keeps the focus after delete, undo and "Delete all data…"', async () => {
    const options = await s.browser.newPage();
    await openFirefoxExtensionPage(options, `${s.extensionOrigin}/options.html`);
    await options.evaluate(send, {
      type: 'note.add',
      note: {
        kind: 'page',
        body: 'Two retreats in a week #Frontline',
        url: server.url('/corpus/seed-article.html'),
        title: 'Seed article',
      },
    });
    const popup = await s.browser.newPage();
    await popup.setViewport({ width: 420, height: 580 });
    await openFirefoxExtensionPage(popup, `${s.extensionOrigin}/popup.html`);
    await popup.waitForSelector('[role=tab]');
    await popup.evaluate(() => (document.querySelectorAll('[role=tab]')[1] as HTMLElement).click());
    await popup.waitForSelector('.note .tags', { timeout: 10_000 });
    expect(
      await popup.evaluate(() =>
        [...document.querySelectorAll('select[aria-label="Filter by tag"] option')].map((o) => o.textContent),
      ),
    ).toEqual(['Any tag', '#frontline']);
    await popup.type('input[type=search]', 'retreat');
    await popup.waitForFunction(() => document.querySelector('.count')?.textContent === '1 note found', { timeout: 5_000 });
    const active = () =>
      popup.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim()}`);
    await popup.click('button[aria-label^="Delete note: Two retreats"]');
    await popup.waitForFunction(() => document.activeElement?.textContent === 'Undo', { timeout: 5_000 });
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => document.activeElement?.textContent?.startsWith('Note restored'), { timeout: 5_000 });
    expect(await active()).toMatch(/^DIV Note restored/);
    await popup.screenshot({ path: join(ARTIFACTS, 'ux-firefox-popup-notebook.png') });

    await options.bringToFront();
    await options.waitForFunction(() => !(document.querySelector('button.danger:not([disabled])') === null), { timeout: 10_000 });
    await options.evaluate(() =>
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Delete all data…')!.click(),
    );
    await options.waitForFunction(() => document.activeElement?.textContent === 'Keep my data', { timeout: 5_000 });
    await options.keyboard.press('Enter');
    await options.waitForFunction(() => document.activeElement?.textContent === 'Delete all data…', { timeout: 5_000 });
  });
});
