/**
 * A hostile page, in both real browsers (issue #11). Before Dossier runs, the page defines
 * the old host tag as its own element, wraps `attachShadow`, logs every key in the capture
 * phase and listens to `postMessage`; while the reader writes a note in the extension's
 * editor frame and hovers an actor with a note from another site, it fakes pointer moves,
 * clicks, a selection and the Note button, forges WXT's invalidation event and dresses
 * its own `mark` as Dossier's. At the end the page holds none of the note's text, nothing
 * from the other site, no extension id; there is no forged note and no hidden name; and
 * Dossier still answers and still opens its card.
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from './support/driver';
import { HOSTILE_SCRIPT, pageHaul } from './support/hostile';
import { noteButtonPoint, quoteEnds, textPoint } from './support/page-probes';
import { dragSelect } from './support/pointer';
import { useServer } from './support/server';

const server = useServer();

const NOTE_QUOTE = 'halt operations against Russia';
const NOTE_BODY = 'Private: my source says the order came a week earlier';
const OTHER_BODY = 'Met his chief of staff, off the record';
const OTHER_NOTE = {
  kind: 'actor',
  body: OTHER_BODY,
  actorIds: ['person/pete-hegseth'],
  url: 'https://elsewhere.example/story',
  title: 'Elsewhere story',
};
/** Words the page must never hold: the note's text, the other site's, and its page. */
const SECRETS = ['source says', 'chief of staff', 'elsewhere.example', 'Elsewhere story'];

const hostBelow = ({ x, y }: { x: number; y: number }) => document.elementFromPoint(x, y + 60)?.matches(':root > div') === true;

/** Asks the background, as an extension page does, for the notes and hidden names. */
const notebookOf = async () => {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const notes = (await api.runtime.sendMessage({ type: 'notes.forActor', actorId: 'person/pete-hegseth' })).data as {
    body: string;
  }[];
  const page = (await api.runtime.sendMessage({ type: 'page.config', url: 'https://a.example/' })).data as {
    hiddenNames: string[];
  };
  return { actorNotes: notes.map((n) => n.body), hiddenNames: page.hiddenNames };
};

/** Run in an extension page or the background: one message to the background, or to a tab. */
const send = (msg: object) => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage(msg);
const toTab = ({ tabId, msg }: { tabId: number; msg: object }) =>
  ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.sendMessage(tabId, msg);

forEachBrowser((b) => {
  it("a hostile page gets none of the reader's words, cannot act for the reader, and cannot switch Dossier off", async () => {
    const ext = await b.openExtensionPage('popup.html');
    expect(await ext.evaluate(send, { type: 'note.add', note: OTHER_NOTE })).toMatchObject({ ok: true });

    const page = await b.newPage({ initScript: HOSTILE_SCRIPT });
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), undefined, 20_000);

    // The reader writes a note in the editor frame.
    const { from, to } = await page.evaluate(quoteEnds, { within: 'article', text: NOTE_QUOTE });
    await dragSelect(page.mouse, from, to);
    const at = noteButtonPoint({ right: to.box.x + to.box.width, bottom: to.y + 8 });
    await page.waitForFunction(({ x, y }) => document.elementFromPoint(x, y)?.matches(':root > div') === true, at);
    await page.mouse.click(at.x, at.y);
    await page.noteEditor();
    await page.keyboard.type(NOTE_BODY);
    await page.screenshot(`${b.name}-hostile-editor.png`);
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => (CSS as any).highlights?.get('dossier-note')?.size === 1);
    await page.noteEditorClosed();
    expect(page.childFrames()).toBe(0);

    // The reader hovers Hegseth: the card says how many notes, never what they say.
    const hegseth = await page.evaluate(textPoint, { within: 'article', text: 'Hegseth', nth: 1 });
    await page.mouse.move(hegseth.x, hegseth.y);
    const card = await page.card('Pete Hegseth: who this is', hegseth, {
      until: (text) => text.includes('1 note — open in panel'),
    });
    if (card.readable) expect(card.text).not.toContain('chief of staff');
    await page.screenshot(`${b.name}-hostile-card.png`);
    if (b.name === 'chromium' && card.readable) {
      // Opening them: Chrome lets the click on the card, passed on by the content script, open the side panel.
      await card.click('1 note — open in panel');
      const panels = () =>
        b.background(
          async () =>
            ((await (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })) as unknown[]).length,
        );
      await expect.poll(panels, { timeout: 10_000 }).toBeGreaterThan(0);
      expect(page.childFrames()).toBe(0);
      await page.screenshot(`${b.name}-hostile-actor-notes.png`);
      await page.keyboard.press('Escape');
    } else {
      // A click on the noted passage shows the note in Dossier's frame (Firefox opens its
      // sidebar only from its own gestures, never from one a content script passes on).
      await page.mouse.move(5, 5);
      await page.cardClosed('Pete Hegseth: who this is', hegseth);
      const noted = await page.evaluate(quoteEnds, { within: 'article', text: NOTE_QUOTE });
      await page.mouse.click(noted.from.box.x + 3, noted.from.y);
      await expect.poll(() => page.childFrames(), { timeout: 10_000 }).toBe(1);
      await page.screenshot(`${b.name}-note-on-click.png`);
      // The frame takes the keyboard once loaded, and listens for Esc once rendered, which
      // the driver cannot see inside a moz-extension frame: Esc again until it closes.
      await page.waitForFunction(() => document.activeElement?.matches(':root > div') === true);
      await expect
        .poll(
          async () => {
            await page.keyboard.press('Escape');
            return page.childFrames();
          },
          { timeout: 10_000 },
        )
        .toBe(0);
    }
    await page.mouse.move(5, 5);

    // The page's own attacks.
    await page.evaluate(() => (window as any).__attack.pointAndClick());
    const fake = await page.evaluate((q) => (window as any).__attack.fakeNote(q), 'Pentagon to cease all');
    await page.evaluate(({ x, y }) => (window as any).__attack.clickAt(x, y), fake);
    await page.evaluate((id) => (window as any).__attack.forgeInvalidation(id), b.contentScriptId);
    expect(await page.evaluate(() => (window as any).__attack.markStyled())).toBe(false);
    expect(page.childFrames()).toBe(0);

    // Dossier is still there: it answers the popup and opens its card for the reader's pointer.
    const tabId = await b.tabId(page);
    expect(await ext.evaluate(toTab, { tabId, msg: { type: 'tab.state' } })).toMatchObject({ ok: true, data: { active: true } });
    await page.mouse.move(hegseth.x, hegseth.y + 1);
    await page.waitForFunction(hostBelow, { x: hegseth.x, y: hegseth.y });

    const haul = await page.evaluate(pageHaul);
    for (const secret of [...SECRETS, ...b.identifiers, 'wxt']) expect(haul).not.toContain(secret);
    const loot = JSON.parse(haul).loot as { keys: string[]; constructed: number; shadows: string[] };
    expect(loot.keys.join('')).not.toContain('Private');
    expect(loot.constructed).toBe(0);
    expect(loot.shadows).toEqual([]);
    expect(await ext.evaluate(notebookOf)).toEqual({ actorNotes: [OTHER_BODY], hiddenNames: [] });
    expect(
      await ext.evaluate(() =>
        ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({
          type: 'notes.forPage',
          url: location.href,
        }),
      ),
    ).toMatchObject({ ok: true });

    // The reader's switch: noted passages unpainted on this site, so the registry no longer lists them.
    await ext.evaluate(send, { type: 'paint.site', url: page.url(), paintPrivate: false });
    await page.reload();
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), undefined, 20_000);
    expect(JSON.stringify(await page.evaluate(() => (window as any).__attack.highlights()))).not.toContain(NOTE_QUOTE);
    await page.close();
    await ext.close();
  });
});
