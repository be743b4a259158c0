/**
 * Dossier's notebook page (the side panel) in both browsers. Headless browsers cannot show
 * a side panel, so the page is opened as a tab that follows the article's tab
 * (`sidepanel.html?tab=<id>`): the passage the reader chose with the Note button arrives
 * as its draft, the note written there paints on the article, it is listed under this
 * page's notes (with no serious axe-core violation), and deleting it takes its highlight
 * off the article at once.
 */
import { expect, it } from 'vitest';
import { AXE_SOURCE, seriousViolations } from './support/axe';
import { forEachBrowser } from './support/driver';
import { noteButtonPoint, quoteEnds } from './support/page-probes';
import { dragSelect } from './support/pointer';
import { useServer } from './support/server';

const server = useServer();
const QUOTE = 'high-stakes meeting';
const BODY = 'Which meeting exactly? Check the White House schedule.';
const noteCount = () => (CSS as any).highlights?.get('dossier-note')?.size ?? 0;
const draft = { role: 'region', name: 'Add a note' } as const;
const listed = { role: 'region', name: 'Notes on this page' } as const;

forEachBrowser((b) => {
  it('takes the draft from the page, saves it, lists it; deleting it unpaints it at once, and Undo brings it back', async () => {
    const page = await b.newPage();
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), undefined, 20_000);
    const { from, to } = await page.evaluate(quoteEnds, { within: 'article', text: QUOTE });
    await dragSelect(page.mouse, from, to);
    const at = noteButtonPoint({ right: to.box.x + to.box.width, bottom: to.y + 8 });
    await page.waitForFunction(({ x, y }) => document.elementFromPoint(x, y)?.matches(':root > div') === true, at);
    await page.mouse.click(at.x, at.y);

    const panel = await b.openExtensionPage(`sidepanel.html?tab=${await b.tabId(page)}`, { width: 400, height: 700 });
    await panel.waitFor({ text: QUOTE, within: draft });
    expect(await panel.text('section[aria-label="Add a note"] blockquote')).toBe(QUOTE);
    await panel.fill({ label: 'Your note' }, BODY);
    await panel.click({ role: 'button', name: 'Save note' });
    await page.waitForFunction(noteCount);
    await panel.waitFor({ text: BODY, within: listed });
    await panel.waitFor({ text: /A page can list every passage Dossier paints/ });
    await panel.screenshot(`${b.name}-panel.png`, { fullPage: true });
    await panel.evaluate(AXE_SOURCE);
    expect(await panel.evaluate(seriousViolations)).toEqual([]);

    await panel.click({ role: 'button', name: 'Delete note', within: listed });
    await page.waitForFunction(() => !(CSS as any).highlights?.get('dossier-note')?.size);
    await panel.waitFor({ text: 'No notes on this page yet. Select a passage and press Note.', within: listed });
    await panel.waitFor({ text: 'Note deleted.' });
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await panel.click({ role: 'button', name: 'Undo' });
    await panel.waitFor({ text: 'Note restored.' });
    await panel.waitFor({ text: BODY, within: listed });
    await page.waitForFunction(noteCount);
    await panel.screenshot(`${b.name}-panel-restored.png`);
    await panel.close();
    await page.close();
  });
});
