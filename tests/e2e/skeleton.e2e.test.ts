/**
 * The whole path once, in both real browsers: the seed article is highlighted inside its
 * body only, the page's DOM is untouched, a note taken through the Note button and the
 * extension-origin editor reaches the popup and comes back after a reload and a restart
 * of the background.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { forEachBrowser } from './support/driver';
import { noteButtonPoint, pageMarkup, quoteEnds, readHighlights } from './support/page-probes';
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

/** Captures the page's markup as it was before any content script ran. */
const CAPTURE_BEFORE = `document.addEventListener('DOMContentLoaded', () => {
  window.__dossierBefore = document.documentElement.outerHTML;
});`;

function actorTexts(hl: Record<string, { text: string; inside: boolean }[]>) {
  return ACTOR_KINDS.flatMap((k) => hl[k] ?? []);
}

const hasPeople = () => (CSS as any).highlights?.has('dossier-person');
const hasNote = () => (CSS as any).highlights?.has('dossier-note');

const server = useServer();

forEachBrowser((b) => {
  it('highlights the seed actors inside the article only, leaving the DOM as it was', async () => {
    const page = await b.newPage({ initScript: CAPTURE_BEFORE });
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(hasPeople, undefined, 20_000);
    const hl = await page.evaluate(readHighlights, 'article');
    const actors = actorTexts(hl);
    for (const name of SEED_ACTORS) expect(actors.map((a) => a.text)).toContain(name);
    expect([...new Set(actors.map((a) => a.text))].sort()).toEqual(GOLD_SURFACES);
    expect(actors.filter((a) => !a.inside)).toEqual([]);
    const before = await page.evaluate(() => (window as any).__dossierBefore as string);
    expect(await page.evaluate(pageMarkup)).toBe(before);
    await page.screenshot(`${b.name}-seed.png`);
    await page.close();
  });

  it('saves a note from the Note button and the editor frame, lists it in the popup, and keeps it across reload and restart', async () => {
    const page = await b.newPage();
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(hasPeople, undefined, 20_000);
    const { from, to } = await page.evaluate(quoteEnds, { within: 'article', text: NOTE_QUOTE });
    await dragSelect(page.mouse, from, to);
    await page.waitForFunction((q) => getSelection()?.toString() === q, NOTE_QUOTE);
    const at = noteButtonPoint({ right: to.box.x + to.box.width, bottom: to.y + 8 });
    await page.waitForFunction(({ x, y }) => document.elementFromPoint(x, y)?.matches(':root > div') === true, at);
    await page.mouse.click(at.x, at.y);
    // The editor has the keyboard as soon as it opens, and the page sees none of the
    // typing: its focus has moved into the extension's frame.
    const editor = await page.noteEditor();
    if (editor.frame) expect(await editor.frame.text('blockquote')).toBe(NOTE_QUOTE);
    await page.keyboard.type(NOTE_BODY);
    await page.screenshot(`${b.name}-note-editor.png`);
    await page.keyboard.press('Control+Enter');
    await page.noteEditorClosed();
    await page.waitForFunction(hasNote);
    expect((await page.evaluate(readHighlights, 'article'))['dossier-note']?.map((r) => r.text)).toEqual([NOTE_QUOTE]);

    const tabId = await b.tabId(page);
    const popupPath = `popup.html?tabId=${tabId}`;
    const popup = await b.openExtensionPage(popupPath, { width: 420, height: 600 });
    await popup.waitFor({ text: NOTE_BODY });
    expect(await popup.text('.note .quote')).toContain(NOTE_QUOTE);
    await popup.screenshot(`${b.name}-popup.png`, { fullPage: true });
    await popup.close();

    await page.reload();
    await page.waitForFunction(hasNote, undefined, 20_000);

    await b.restartBackground(page);
    await page.reload();
    await page.waitForFunction(hasNote, undefined, 20_000);
    expect((await page.evaluate(readHighlights, 'article'))['dossier-note']?.map((r) => r.text)).toEqual([NOTE_QUOTE]);
    const after = await b.openExtensionPage(`popup.html?tabId=${await b.tabId(page)}`, { width: 420, height: 600 });
    await after.waitFor({ text: NOTE_BODY });
    await page.screenshot(`${b.name}-seed-with-note.png`);
    await after.close();
    await page.close();
  });
});
