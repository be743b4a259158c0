/**
 * The content script's middle tier: the watcher and the reader session, wired as in the
 * browser, on the seed article in happy-dom (support/page.ts says what is stood in for).
 * Waits are on conditions (`vi.waitFor`), never on time.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeSpan } from '@/utils/anchor';
import { addNote } from '@/utils/db/notes';
import { addHiddenName } from '@/utils/db/reader-lists';
import { buildTextIndex } from '@/utils/dom/text-index';
import type { PageState } from '@/utils/model/page';
import {
  corpusPage,
  createTestPage,
  loadHtml,
  ownButton,
  painted,
  statusLine,
  trustedClick,
  type TestPage,
} from './support/page';

const HEGSETH = 'person/pete-hegseth';
const SEED = corpusPage('seed-article.html');
const until = <T>(check: () => Promise<T> | T) => vi.waitFor(check, { timeout: 20_000, interval: 20 });

let page: TestPage;
beforeEach(() => {
  loadHtml(document, SEED);
  page = createTestPage();
});
afterEach(async () => {
  await page.close();
});

/** Starts the content script on the seed article and waits for its first pass to paint. */
async function readSeed() {
  const top = page.start();
  const state = await until(async () => {
    const s = await top.tell({ type: 'tab.state' });
    expect(s.actors.map((a) => a.id)).toContain(HEGSETH);
    expect(painted('person')).toContain('Hegseth');
    return s;
  });
  return { top, state };
}

const ids = (state: PageState) => state.actors.map((a) => a.id);

describe('the page session in happy-dom', () => {
  it('reads, decides and paints the seed article, and tells the popup', async () => {
    const { state } = await readSeed();
    expect(state).toMatchObject({ active: true, highlightsVisible: true, orphanedNoteIds: [] });
    expect(state.decision?.isArticle).toBe(true);
    expect(painted('person')).toContain('Hegseth');
    expect(page.requests.filter((r) => r.type === 'page.seen')).toHaveLength(1);
  });

  it('hides a name from its card: the pass runs again without it, under all its names', async () => {
    const { top } = await readSeed();
    expect(await top.tell({ type: 'tab.revealActor', actorId: HEGSETH, index: 0 })).toBe(true);
    const hide = await until(() => ownButton(page, 'Not an actor: hide')!);
    expect(hide.textContent).toContain('Pete Hegseth');
    trustedClick(hide);
    const after = await until(async () => {
      const s = await top.tell({ type: 'tab.state' });
      expect(ids(s)).not.toContain(HEGSETH);
      expect(painted('person')).toContain('Trump');
      return s;
    });
    expect(ids(after)).toContain('person/donald-trump');
    expect(painted('person').some((text) => text.includes('Hegseth'))).toBe(false);
    expect((await page.db.hidden.toArray()).map((h) => h.name)).toEqual(['Pete Hegseth']);
    await until(() => expect(statusLine(page)).toMatch(/will not be highlighted again/));
    // The rerun reads the page it already has: no new configuration, no second history record.
    expect(page.requests.filter((r) => r.type === 'page.config')).toHaveLength(1);
    expect(page.requests.filter((r) => r.type === 'page.seen')).toHaveLength(1);
  });

  // The older pass is held at one step, the name is hidden, a newer pass runs; released, the
  // older one changes nothing (it stops, or its result is dropped).
  it.each([
    ['an analysis still waiting for its configuration', 'page.config'],
    ['a pass still anchoring notes (it has extracted with Hegseth)', 'notes.anchors'],
  ] as const)('a newer pass overtakes %s: the older one changes nothing', async (_, step) => {
    const { top } = await readSeed();
    const slow = page.hold(step);
    const older = top.tell({ type: 'tab.reanalyze' });
    await slow.arrived;
    await addHiddenName(page.db, 'Pete Hegseth', Date.now(), ['Hegseth']);
    const newer = await top.tell({ type: 'tab.reanalyze' });
    expect(ids(newer)).not.toContain(HEGSETH);
    slow.release();
    expect(ids(await older)).not.toContain(HEGSETH);
    expect(painted('person').some((text) => text.includes('Hegseth'))).toBe(false);
  });

  it('reports the notes whose passage is gone as orphaned, and paints the ones it found', async () => {
    const index = buildTextIndex(document.body);
    const start = index.text.indexOf('cease all offensive cyber operations');
    const base = { kind: 'passage' as const, body: 'private words', url: location.href, title: document.title };
    await addNote(page.db, {
      ...base,
      id: 'found',
      quote: 'cease all offensive cyber operations',
      selectors: describeSpan(index.text, start, start + 'cease all offensive cyber operations'.length),
    });
    await addNote(page.db, {
      ...base,
      id: 'gone',
      quote: 'a passage the page no longer has',
      selectors: describeSpan('Earlier the story said a passage the page no longer has, then moved on.', 23, 55),
    });
    const top = page.start();
    const state = await until(async () => {
      const s = await top.tell({ type: 'tab.state' });
      expect(s.orphanedNoteIds).toEqual(['gone']);
      expect(painted('note')).toHaveLength(1);
      return s;
    });
    expect(state.active).toBe(true);
    expect(painted('note')).toEqual(['cease all offensive cyber operations']);
    // The reader's words never reach the page.
    expect(document.documentElement.outerHTML).not.toContain('private words');
    expect(await top.tell({ type: 'tab.revealNote', noteId: 'gone' })).toBe(false);
    expect(statusLine(page)).toMatch(/no longer on the page/);
  });
});

describe('the end of the content script', () => {
  it('takes its tab listener, paint, UI and store with it when the context is invalidated', async () => {
    const { top } = await readSeed();
    expect(await top.tell({ type: 'tab.revealActor', actorId: HEGSETH, index: 0 })).toBe(true);
    await until(() => ownButton(page, 'Not an actor: hide')!);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    top.ctx.abort();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
    expect(painted('person')).toEqual([]);
    expect(painted('focus')).toEqual([]);
    expect(page.shadowRoots.every((r) => !r.host.isConnected)).toBe(true);
    expect(await top.tell({ type: 'tab.state' })).toMatchObject({ active: false, actors: [], highlightsVisible: false });
  });
});

describe('tab requests and frames', () => {
  /** The seed article in the top frame, and a short story in a same-origin child frame. */
  async function framed() {
    const iframe = document.createElement('iframe');
    iframe.setAttribute('srcdoc', '<p>x</p>');
    document.body.append(iframe);
    const child = iframe.contentWindow!;
    child.document.body.innerHTML = '<article><p>Officials in Kyiv said the talks on a ceasefire would resume.</p></article>';
    const { top } = await readSeed();
    const inner = page.start(child);
    await until(async () => expect((await inner.tell({ type: 'tab.state' })).decision).not.toBeNull());
    return { top, inner, iframe, child };
  }

  it('a note command sent to every frame is taken by the frame holding the selection', async () => {
    const { iframe, child } = await framed();
    const passage = child.document.querySelector('p')!.firstChild!;
    const range = child.document.createRange();
    range.setStart(passage, 'Officials in '.length);
    range.setEnd(passage, 'Officials in Kyiv said the talks'.length);
    child.document.getSelection()!.addRange(range);
    iframe.focus();
    expect(document.activeElement).toBe(iframe);
    const answers = await page.tellAll({ type: 'tab.noteSelection', inPanel: true });
    expect(answers).toEqual([false, true]);
    const drafts = page.requests.filter((r) => r.type === 'note.draft');
    expect(drafts.map((d) => d.quote)).toEqual(['Kyiv said the talks']);
    // The top frame, whose focus is in the child, says nothing about an empty selection.
    expect(statusLine(page)).toBeNull();
  });

  it('with nothing selected, only the top frame says so; each frame answers for its own page', async () => {
    const { top, inner } = await framed();
    expect(await page.tellAll({ type: 'tab.noteSelection', inPanel: true })).toEqual([false, false]);
    await until(() => expect(statusLine(page)).toMatch(/Select a passage first/));
    expect(page.requests.filter((r) => r.type === 'note.draft')).toEqual([]);
    const [topState, innerState] = [await top.tell({ type: 'tab.state' }), await inner.tell({ type: 'tab.state' })];
    expect(topState.url).toBe(location.href);
    expect(innerState.url).toBe('about:srcdoc');
    expect(innerState.actors.map((a) => a.id)).not.toContain(HEGSETH);
  });
});
