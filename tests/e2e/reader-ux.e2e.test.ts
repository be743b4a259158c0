/**
 * The reader's experience of popup and options in both browsers (issue 17): shortcuts the
 * browser really assigned (and a way to set a missing one), 14 px text, the Why? panel in
 * plain words, topics a keyboard reaches, a view switch that starts at the top, hidden
 * actors listed by name with distinct buttons, focus that follows "Delete all data…", and
 * axe-core with no serious violation. Screenshots at the popup's real size go to
 * test-results/ux-*.png.
 */
import { expect, it } from 'vitest';
import { AXE_SOURCE, seriousViolations } from './support/axe';
import { forEachBrowser } from './support/driver';
import { noteButtonPoint, quoteEnds, textPoint } from './support/page-probes';
import { dragSelect } from './support/pointer';
import { useServer } from './support/server';

const server = useServer();

/** Run in the background's realm: the browser's assigned shortcut per command. */
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

const POPUP = { width: 420, height: 580 };
const hasPeople = () => (CSS as any).highlights?.has('dossier-person');
const allNotes = { role: 'tab', name: 'All notes' } as const;
const deleteAll = { role: 'button', name: 'Delete all data…' } as const;
/** Run in a page: the focused element's tag and text. */
const active = () => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim()}`;

forEachBrowser((b) => {
  it('assigns both suggested shortcuts', async () => {
    const got = await b.background(shortcuts);
    expect(got['add-note']).toBe('Alt+Shift+M');
    expect(got['toggle-highlights']).toBe('Alt+Shift+H');
  });

  it('shows the popup at 14 px with the Why? panel in plain words, topics reachable by keyboard, and each view from its top', async () => {
    const page = await b.newPage();
    await page.goto(server.url('/corpus/seed-article.html'));
    await page.waitForFunction(hasPeople, undefined, 20_000);
    const popup = await b.openExtensionPage(`popup.html?tabId=${await b.tabId(page)}`, POPUP);
    await popup.waitFor('.actor');
    await popup.waitFor('button.topic');
    await popup.click({ text: /^Why\?$/ });
    const why = await popup.text('.why');
    expect(why).toMatch(/This page is an article|reads as an article/);
    expect(why).not.toMatch(/domain score|per 1,000/);
    await popup.click({ text: /^Details$/ });
    expect(await popup.text('.why .figures')).toMatch(/domain score/);
    await popup.evaluate(AXE_SOURCE);
    expect(await popup.evaluate(seriousViolations)).toEqual([]);
    await popup.screenshot(`ux-${b.name}-popup-page.png`);
    const facts = await popup.evaluate(popupFacts);
    expect(facts.body).toBe(14);
    expect(facts.actorName).toBeGreaterThan(facts.actorType!);
    // The scrolling box is no extra tab stop.
    expect(facts.scrollBoxTabIndex).toBe(-1);
    // Topics are buttons: Tab reaches them.
    await popup.focus('button.topic');
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('topic'))).toBe(true);
    // Scrolled down, then to All notes: the search box is below the header, not under it.
    await popup.evaluate(() =>
      document.querySelector('.popup')!.scrollTo({ top: document.querySelector('.popup')!.scrollHeight }),
    );
    await popup.click(allNotes);
    await popup.waitFor('.search');
    expect((await popup.evaluate(popupFacts)).searchBelowHeader).toBe(true);
    expect(await popup.text('.empty-state')).toContain('press Alt+Shift+M (or the Note button');
    expect(await popup.evaluate(seriousViolations)).toEqual([]);
    await popup.screenshot(`ux-${b.name}-popup-notes.png`);
    await popup.close();
    await page.close();
  });

  // Chrome has no commands.update: only its own shortcuts page sets a shortcut, so a test cannot take one away there.
  if (b.name === 'firefox')
    it('offers to set a missing shortcut', async () => {
      const popup = await b.openExtensionPage('popup.html', POPUP);
      // With the shortcut taken away, the empty notebook says none is set and offers the page.
      await popup.evaluate(() => (globalThis as any).browser.commands.update({ name: 'add-note', shortcut: '' }));
      await popup.click(allNotes);
      await popup.waitFor({ text: 'none is set: choose one' });
      await popup.screenshot(`ux-${b.name}-popup-no-shortcut.png`);
      await popup.evaluate(() => (globalThis as any).browser.commands.reset('add-note'));
      expect((await b.background(shortcuts))['add-note']).toBe('Alt+Shift+M');
      await popup.close();
    });

  // Firefox's driver cannot press "Add note" inside the card's closed shadow root (no
  // accessibility tree over BiDi, and it does not enter the extension's editor frame).
  if (b.name === 'chromium')
    it('takes notes in the page that carry tags, topics and their actor, found by word forms, with focus kept after delete and undo', async () => {
      const page = await b.newPage();
      await page.goto(server.url('/corpus/seed-article.html'));
      await page.waitForFunction(hasPeople, undefined, 20_000);
      const QUOTE = 'seen as a retreat in the ongoing battle';
      const { from, to } = await page.evaluate(quoteEnds, { within: 'article', text: QUOTE });
      await dragSelect(page.mouse, from, to);
      await page.waitForFunction((q) => getSelection()?.toString() === q, QUOTE);
      const box = { right: to.box.x + to.box.width, bottom: to.y + 8 };
      const at = noteButtonPoint(box);
      const onUi = (p: { x: number; y: number }) => document.elementFromPoint(p.x, p.y)?.matches(':root > div') === true;
      await page.waitForFunction(onUi, at, 5_000);
      // The line under the selection's end stays readable: the button is beside it, not over it.
      expect(await page.evaluate(onUi, { x: box.right - 20, y: box.bottom + 10 })).toBe(false);
      await page.screenshot(`ux-${b.name}-note-button.png`, {
        clip: { x: 0, y: Math.max(0, to.y - 80), width: 1200, height: 200 },
      });
      await page.mouse.click(at.x, at.y);
      const editor = await page.noteEditor();
      // "Save note" on one line: no taller than "Cancel".
      const height = async (name: string) => (await editor.frame!.box({ role: 'button', name, exact: true })).height;
      expect(await height('Save note')).toBe(await height('Cancel'));
      await page.keyboard.type('A #Retreat or a pause? #cyber-ops');
      await page.screenshot(`ux-${b.name}-note-editor.png`);
      await page.keyboard.press('Control+Enter');
      await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-note'));
      await page.noteEditorClosed();
      // An actor note from the card.
      const hegseth = await page.evaluate(textPoint, { within: 'article', text: 'Hegseth', nth: 1 });
      await page.mouse.move(hegseth.x, hegseth.y);
      const card = await page.card('Pete Hegseth: who this is', hegseth);
      if (!card.readable) throw new Error('the card is readable in Chromium');
      await card.click('Add note');
      await page.noteEditor();
      await page.keyboard.type('Watch his next order');
      await page.keyboard.press('Control+Enter');
      await page.noteEditorClosed();

      const popup = await b.openExtensionPage(`popup.html?tabId=${await b.tabId(page)}`, POPUP);
      await popup.waitFor('.note .about');
      expect(await popup.text('.note .about')).toBe('About Pete Hegseth');
      expect(await popup.text('.note .tags')).toMatch(/#retreat\s*#cyber-ops/);
      await popup.screenshot(`ux-${b.name}-popup-page-notes.png`, { fullPage: true });
      await popup.click(allNotes);
      await popup.waitFor('.note');
      // Topic and tag filters exist, with the page's topics and the typed tags.
      expect(await popup.count({ css: 'option', within: { label: 'Filter by topic' } })).toBeGreaterThan(1);
      expect(await popup.texts({ css: 'option', within: { label: 'Filter by tag' } })).toEqual([
        'Any tag',
        '#cyber-ops',
        '#retreat',
      ]);
      await popup.fill({ label: 'Search notes' }, 'retreats');
      await expect.poll(() => popup.count('.note')).toBe(1);
      expect(await popup.text('.note .source')).toMatch(/Seed|Cyber|Hegseth/i);
      await popup.screenshot(`ux-${b.name}-popup-search.png`);
      await popup.fill({ label: 'Search notes' }, '');
      await expect.poll(() => popup.count('.note')).toBe(2);
      await popup.click({ role: 'button', name: 'Delete note: Watch his next order' });
      await expect.poll(() => popup.evaluate(active)).toBe('BUTTON Undo');
      await popup.keyboard.press('Enter');
      await popup.waitFor({ text: 'Note restored.' });
      await expect.poll(() => popup.evaluate(active)).toMatch(/^DIV Note restored/);
      await popup.click({ role: 'button', name: 'Edit note: Watch his next order' });
      await popup.keyboard.press('Control+Enter');
      await expect.poll(() => popup.evaluate(active)).toBe('BUTTON Edit');
      await popup.close();
      await page.close();
    });

  it('lists hidden actors by name with their wordings, and keeps focus sensible around "Delete all data…"', async () => {
    const options = await b.openExtensionPage('options.html');
    await options.evaluate(send, { type: 'hidden.add', name: 'APT28', wordings: ['Fancy Bear'] });
    await options.evaluate(send, { type: 'hidden.add', name: 'Share' });
    await options.evaluate(send, NOTE(server.url('/corpus/seed-article.html')));
    await options.waitFor({ role: 'button', name: 'Highlight again: APT28' });
    expect(await options.count({ role: 'button', name: 'Highlight again: Share' })).toBe(1);
    expect(await options.text('#hidden-title + ul')).toContain('also written “Fancy Bear”');
    expect(await options.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBe(14);
    // The placeholder follows the kind.
    expect(await options.attr({ label: 'Name', exact: true }, 'placeholder')).toBe('Maria Kowalczyk');
    await options.choose({ label: 'Kind' }, { value: 'group' });
    expect(await options.attr({ label: 'Name', exact: true }, 'placeholder')).toBe('Blue Harbor Group');
    await options.evaluate(AXE_SOURCE);
    expect(await options.evaluate(seriousViolations)).toEqual([]);
    await options.screenshot(`ux-${b.name}-options.png`, { fullPage: true });

    const focused = () => options.evaluate(() => document.activeElement?.textContent?.trim());
    await expect.poll(() => options.isDisabled(deleteAll)).toBe(false);
    await options.click(deleteAll);
    await expect.poll(focused).toBe('Keep my data');
    await options.keyboard.press('Enter');
    await expect.poll(focused).toBe('Delete all data…');
    await options.close();
  });
});

// A notebook of its own (a fresh browser), so the tags it lists are exactly the ones typed here.
forEachBrowser((b) => {
  it('keeps typed #tags, finds word forms, and keeps the focus after delete and undo', async () => {
    const options = await b.openExtensionPage('options.html');
    await options.evaluate(send, {
      type: 'note.add',
      note: {
        kind: 'page',
        body: 'Two retreats in a week #Frontline',
        url: server.url('/corpus/seed-article.html'),
        title: 'Seed article',
      },
    });
    const popup = await b.openExtensionPage('popup.html', POPUP);
    await popup.click(allNotes);
    await popup.waitFor('.note .tags');
    expect(await popup.texts({ css: 'option', within: { label: 'Filter by tag' } })).toEqual(['Any tag', '#frontline']);
    await popup.fill({ label: 'Search notes' }, 'retreat');
    await popup.waitForFunction(() => document.querySelector('.count')?.textContent === '1 note found', undefined, 5_000);
    await popup.click({ role: 'button', name: 'Delete note: Two retreats' });
    await expect.poll(() => popup.evaluate(active)).toBe('BUTTON Undo');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(active)).toMatch(/^DIV Note restored/);
    await popup.screenshot(`ux-${b.name}-popup-notebook.png`);
    await popup.close();
    await options.close();
  });
});
