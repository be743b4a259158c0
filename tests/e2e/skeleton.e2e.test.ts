/**
 * The whole path once, in both real browsers: the seed article is highlighted inside its
 * body only, the page's DOM is untouched, a note taken through the Note button and the
 * extension-origin editor reaches the popup and comes back after a reload and a restart
 * of the background.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumTabId, openFirefoxExtensionPage, useChromium, useFirefox } from './support/browsers';
import { noteButtonPoint, pageMarkup, quoteEnds, readHighlights } from './support/page-probes';
import { chromiumEditorFrame, firefoxEditorFrame } from './support/notebook';
import { dragSelect } from './support/pointer';
import { CORPUS, useServer } from './support/server';

const SEED_ACTORS = ['Hegseth', 'Trump', 'Zelensky', 'Pentagon', 'US Cyber Command', 'Russia'];
/** The distinct actor surfaces of the seed article's gold: the highlights must be exactly these. */
const GOLD_SURFACES = [
  ...new Set(
    (
      JSON.parse(readFileSync(join(CORPUS, '../gold/seed-article.json'), 'utf8')) as { actors: { mentions: string[] }[] }
    ).actors.flatMap((a) => a.mentions),
  ),
].sort();
const ACTOR_KINDS = ['dossier-person', 'dossier-organization', 'dossier-country', 'dossier-group'];
const NOTE_QUOTE = 'halt operations against Russia';
const NOTE_BODY = 'Timing matters: right before the Oval Office meeting.';

mkdirSync(ARTIFACTS, { recursive: true });

/** Captures the page's markup as it was before any content script ran. */
const CAPTURE_BEFORE = `document.addEventListener('DOMContentLoaded', () => {
  window.__dossierBefore = document.documentElement.outerHTML;
});`;

function actorTexts(hl: Record<string, { text: string; inside: boolean }[]>) {
  return ACTOR_KINDS.flatMap((k) => hl[k] ?? []);
}

const server = useServer();

describe('Chromium', () => {
  const s = useChromium();

  it('highlights the seed actors inside the article only, leaving the DOM as it was', async () => {
    const page = await s.context.newPage();
    await page.addInitScript(CAPTURE_BEFORE);
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), null, { timeout: 20_000 });
    const hl = await page.evaluate(readHighlights, 'article');
    const actors = actorTexts(hl);
    for (const name of SEED_ACTORS) expect(actors.map((a) => a.text)).toContain(name);
    expect([...new Set(actors.map((a) => a.text))].sort()).toEqual(GOLD_SURFACES);
    expect(actors.filter((a) => !a.inside)).toEqual([]);
    const before = await page.evaluate(() => (window as any).__dossierBefore as string);
    expect(await page.evaluate(pageMarkup)).toBe(before);
    await page.screenshot({ path: join(ARTIFACTS, 'chromium-seed.png') });
    await page.close();
  });

  it('saves a note from the Note button and the editor frame, lists it in the popup, and keeps it across reload and restart', async () => {
    const page = await s.context.newPage();
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), null, { timeout: 20_000 });
    const { from, to } = await page.evaluate(quoteEnds, { within: 'article', text: NOTE_QUOTE });
    await dragSelect(page.mouse, from, to);
    await page.waitForFunction((q) => getSelection()?.toString() === q, NOTE_QUOTE);
    const at = noteButtonPoint({ right: to.box.x + to.box.width, bottom: to.y + 8 });
    await page.waitForFunction(({ x, y }) => document.elementFromPoint(x, y)?.matches(':root > div') === true, at);
    await page.mouse.click(at.x, at.y);
    const editor = await chromiumEditorFrame(page);
    expect(await editor.locator('blockquote').textContent()).toBe(NOTE_QUOTE);
    // The editor has the keyboard as soon as it opens.
    await editor.locator('textarea:focus').waitFor({ timeout: 10_000 });
    await page.keyboard.type(NOTE_BODY);
    await page.screenshot({ path: join(ARTIFACTS, 'chromium-note-editor.png') });
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.frames().some((f) => f.url().includes('draft=')), { timeout: 10_000 }).toBe(false);
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-note'), null, { timeout: 10_000 });
    expect((await page.evaluate(readHighlights, 'article'))['dossier-note']?.map((r) => r.text)).toEqual([NOTE_QUOTE]);

    const tabId = await chromiumTabId(s, page);
    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByText(NOTE_BODY).first().waitFor({ timeout: 10_000 });
    expect(await popup.locator('.note .quote').first().textContent()).toContain(NOTE_QUOTE);
    await popup.screenshot({ path: join(ARTIFACTS, 'chromium-popup.png'), fullPage: true });

    await page.reload();
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-note'), null, { timeout: 20_000 });

    const cdp = await s.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.reload();
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-note'), null, { timeout: 20_000 });
    expect((await page.evaluate(readHighlights, 'article'))['dossier-note']?.map((r) => r.text)).toEqual([NOTE_QUOTE]);
    await popup.reload();
    await popup.getByText(NOTE_BODY).first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'chromium-seed-with-note.png') });
    await popup.close();
    await page.close();
  });
});

describe('Firefox', () => {
  const s = useFirefox();

  it('highlights the seed actors inside the article only, leaving the DOM as it was', async () => {
    const page = await s.browser.newPage();
    await page.evaluateOnNewDocument(CAPTURE_BEFORE);
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), { timeout: 20_000 });
    const hl = await page.evaluate(readHighlights, 'article');
    const actors = actorTexts(hl);
    for (const name of SEED_ACTORS) expect(actors.map((a) => a.text)).toContain(name);
    expect([...new Set(actors.map((a) => a.text))].sort()).toEqual(GOLD_SURFACES);
    expect(actors.filter((a) => !a.inside)).toEqual([]);
    const before = await page.evaluate(() => (window as any).__dossierBefore as string);
    expect(await page.evaluate(pageMarkup)).toBe(before);
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-seed.png') });
    await page.close();
  });

  it('saves a note from the Note button and the editor frame, lists it in the popup, and keeps it across reload and restart', async () => {
    const page = await s.browser.newPage();
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), { timeout: 20_000 });
    const { from, to } = await page.evaluate(quoteEnds, { within: 'article', text: NOTE_QUOTE });
    await dragSelect(page.mouse, from, to);
    await page.waitForFunction((q) => getSelection()?.toString() === q, {}, NOTE_QUOTE);
    const at = noteButtonPoint({ right: to.box.x + to.box.width, bottom: to.y + 8 });
    await page.waitForFunction(({ x, y }) => document.elementFromPoint(x, y)?.matches(':root > div') === true, {}, at);
    await page.mouse.click(at.x, at.y);
    await firefoxEditorFrame(page);
    // The page sees none of the typing: its focus has moved into the extension's frame.
    await page.waitForFunction(() => document.activeElement?.matches(':root > div') === true, { timeout: 10_000 });
    await page.keyboard.type(NOTE_BODY);
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-note-editor.png') });
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-note'), { timeout: 10_000 });
    expect((await page.evaluate(readHighlights, 'article'))['dossier-note']?.map((r) => r.text)).toEqual([NOTE_QUOTE]);

    const popup = await s.browser.newPage();
    await popup.setViewport({ width: 420, height: 600 });
    await openFirefoxExtensionPage(popup, `${s.extensionOrigin}/popup.html`);
    // Opened as a tab, the popup's "current tab" is itself: read the notebook view.
    await popup.waitForSelector('[role=tab]');
    await popup.evaluate(() => (document.querySelectorAll('[role=tab]')[1] as HTMLElement).click());
    await popup.waitForFunction((body) => document.body.innerText.includes(body), { timeout: 10_000 }, NOTE_BODY);
    expect(await popup.evaluate(() => document.querySelector('.note .quote')?.textContent)).toContain(NOTE_QUOTE);
    await popup.screenshot({ path: join(ARTIFACTS, 'firefox-popup.png') });

    await page.reload();
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-note'), { timeout: 20_000 });

    // Restart the background (and with it the extension's content scripts), then reload.
    await popup.evaluate(() => (globalThis as any).browser.runtime.reload());
    await new Promise((r) => setTimeout(r, 1500));
    await page.reload();
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-note'), { timeout: 20_000 });
    expect((await page.evaluate(readHighlights, 'article'))['dossier-note']?.map((r) => r.text)).toEqual([NOTE_QUOTE]);
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-seed-with-note.png') });
    await page.close();
  });
});
