// @vitest-environment happy-dom
/**
 * The popup's two views and their hooks in happy-dom, against the real background handlers
 * over WXT's fake browser and an in-memory IndexedDB: what each view says when it has
 * nothing to show or cannot read, delete with Undo, and where the keyboard focus goes.
 * The content script is stood in for by a tab that answers `tab.state`.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/components/hooks/db';
import { Popup } from '@/components/popup/Popup';
import { createBackgroundHandlers } from '@/utils/background/handlers';
import type { TabRequest } from '@/utils/messaging/protocol';
import type { PageState } from '@/utils/model/page';
import { receiveRequest } from '@/utils/messaging/receive-request';
import { spiedCapabilities } from '../support/capabilities';

const PAGE_URL = 'https://news.test/story';
const POPUP = { id: 'dossier', url: 'chrome-extension://dossier/popup.html' };

const state = (over: Partial<PageState> = {}): PageState => ({
  url: PAGE_URL,
  title: 'A story',
  decision: { isArticle: true, inDomain: false, score: 0.2, reasons: ['1,000 words of body text'], language: 'en' },
  active: false,
  force: 'auto',
  forceScope: null,
  highlightsVisible: true,
  actors: [],
  topics: [],
  places: [],
  orphanedNoteIds: [],
  ...over,
});

let caps: ReturnType<typeof spiedCapabilities>;
/** What the tab's content script answers to `tab.state`; a function that throws stands for a tab Dossier cannot reach. */
let tabAnswer: () => PageState;
let tabId: number;

beforeEach(async () => {
  fakeBrowser.reset();
  caps = spiedCapabilities();
  const receive = receiveRequest(createBackgroundHandlers(db, caps));
  fakeBrowser.runtime.onMessage.addListener((msg: unknown, _sender: unknown, reply: (r: unknown) => void) => {
    void receive(msg, POPUP as never).then(reply);
    return true;
  });
  tabAnswer = () => state();
  fakeBrowser.tabs.sendMessage = vi.fn(async (_tab: number, msg: TabRequest) => {
    if (msg.type === 'tab.state' || msg.type === 'tab.reanalyze') return { ok: true, data: tabAnswer() };
    return { ok: true, data: true };
  }) as never;
  fakeBrowser.commands.getAll = vi.fn(async () => [{ name: 'add-note', shortcut: 'Alt+Shift+M' }]) as never;
  tabId = (await fakeBrowser.tabs.create({ url: PAGE_URL })).id!;
  history.replaceState(null, '', `/popup.html?tabId=${tabId}`);
});

afterEach(async () => {
  act(() => render(null, document.body));
  await Promise.all(db.tables.map((t) => t.clear()));
  vi.restoreAllMocks();
});

const mount = () => {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => render(<Popup />, root));
  return root;
};

/** Waits until `find` returns something (the views read the database and the tab asynchronously). */
const until = <T,>(find: () => T | null | undefined | false) =>
  vi.waitFor(
    () => {
      const found = find();
      if (!found) throw new Error(`still waiting for ${String(find)}`);
      return found;
    },
    { timeout: 10_000, interval: 10 },
  );

const text = (root: HTMLElement) => root.textContent ?? '';
const button = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.getAttribute('aria-label') === label || b.textContent?.trim() === label,
  );

const addNote = (body: string, url = PAGE_URL, topicIds: string[] = []) =>
  db.notes.add({
    id: crypto.randomUUID(),
    kind: 'page',
    body,
    tags: [],
    actorIds: [],
    topicIds,
    url,
    title: 'A story',
    site: new URL(url).hostname,
    created: Date.now(),
    updated: Date.now(),
  });

describe('the popup, This page', () => {
  it('says why the page is not highlighted and how to take a first note when it has none', async () => {
    const root = mount();
    await until(() => text(root).includes('Not highlighted'));
    await until(() => root.querySelector('.empty-state'));
    expect(root.querySelector('.empty-state')?.textContent).toBe(
      'No notes on this page yet. Select a passage, then press Alt+Shift+M or right-click → Add note to selection.',
    );
    expect(root.querySelector('[role=tab][aria-selected=true]')?.textContent).toBe('This page');
  });

  it('says in the reader’s words why it cannot read a tab Dossier does not run in', async () => {
    tabAnswer = () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    const root = mount();
    await until(() => text(root).includes('Dossier is not running on this page'));
    expect(root.querySelector('main p.muted')?.textContent).toBe(
      'Dossier is not running on this page (browser pages and stores are off limits).',
    );
  });

  it('deletes a note with Undo: the focus goes to Undo, then to the message that it is back, and the page repaints', async () => {
    await addNote('Keep an eye on the talks');
    const root = mount();
    const del = await until(() => button(root, 'Delete note: Keep an eye on the talks'));
    del.focus();
    await act(async () => del.click());
    await until(() => text(root).includes('Note deleted.'));
    expect(await db.notes.count()).toBe(0);
    await until(() => !root.querySelector('.note'));
    await until(() => document.activeElement?.textContent === 'Undo');
    expect(caps.tellTab).toHaveBeenCalledWith(tabId, 0, { type: 'tab.notesChanged', closeFrame: false });

    await act(async () => (document.activeElement as HTMLButtonElement).click());
    await until(() => text(root).includes('Note restored.'));
    await until(() => document.activeElement === root.querySelector('.message'));
    await until(() => root.querySelector('.note'));
    expect(await db.notes.count()).toBe(1);
    expect(caps.tellTab).toHaveBeenCalledTimes(2);
  });

  it('says why a delete failed, in the reader’s words, and keeps the note', async () => {
    await addNote('A note the disk cannot lose');
    const root = mount();
    const del = await until(() => button(root, 'Delete note: A note the disk cannot lose'));
    vi.spyOn(db, 'transaction').mockRejectedValueOnce(
      Object.assign(new Error('AbortError'), { name: 'AbortError', inner: new DOMException('quota', 'QuotaExceededError') }),
    );
    await act(async () => del.click());
    const message = await until(() => root.querySelector('.message'));
    expect(message.textContent).toMatch(/^Could not delete the note: The browser refused to store more for Dossier/);
    expect(message.querySelector('button.undo')).toBeNull();
    expect(root.querySelectorAll('.note')).toHaveLength(1);
  });
});

describe('the popup, All notes', () => {
  it('says the notebook is empty, and that a search found nothing with the words searched', async () => {
    const root = mount();
    act(() => button(root, 'All notes')!.click());
    // The shortcut's name arrives after the first render (commands.getAll).
    const empty = await until(() =>
      root.querySelector('.empty-state')?.textContent?.includes('Alt+Shift+M') ? root.querySelector('.empty-state') : null,
    );
    expect(empty.textContent).toMatch(/^Your notebook is empty\. On any page, select a passage and press Alt\+Shift\+M/);

    await addNote('Ceasefire holds in the north');
    await until(() => root.querySelector('.note'));
    const search = root.querySelector<HTMLInputElement>('input.search')!;
    search.value = 'blockade';
    act(() => void search.dispatchEvent(new Event('input')));
    await until(() => text(root).includes('No note matches “blockade” with these filters.'));
  });

  it('keeps the search while the reader switches views, and a topic on This page opens its notes', async () => {
    tabAnswer = () => state({ active: true, topics: [{ id: 'ceasefire', name: 'ceasefire', count: 3 }] });
    await addNote('Ceasefire holds', PAGE_URL, ['ceasefire']);
    await addNote('Elsewhere entirely', 'https://other.test/a');
    const root = mount();
    const topic = await until(() => root.querySelector<HTMLButtonElement>('button.topic'));
    act(() => topic.click());
    await until(() => root.querySelector('[role=tab][aria-selected=true]')?.textContent === 'All notes');
    await until(() => root.querySelector('.count')?.textContent === '1 note found');
    expect(root.querySelector<HTMLSelectElement>('select[aria-label="Filter by topic"]')?.value).toBe('ceasefire');

    act(() => button(root, 'This page')!.click());
    act(() => button(root, 'All notes')!.click());
    await until(() => root.querySelector('.count')?.textContent === '1 note found');
  });

  it('lists the places the page names, with counts, as text and not as actors', async () => {
    tabAnswer = () =>
      state({
        active: true,
        places: [
          { id: 'place/kherson', name: 'Kherson', count: 3 },
          { id: 'place/south-china-sea', name: 'South China Sea', count: 1 },
        ],
      });
    const root = mount();
    const list = await until(() => root.querySelector('.places ul[aria-labelledby="places-title"]'));
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Kherson 3 mentions',
      'South China Sea 1 mention',
    ]);
    expect(list.querySelector('button')).toBeNull();
    expect(root.querySelector('.actor')).toBeNull();
  });

  it('moves between the views with the arrow keys, the focus on the chosen tab', async () => {
    const root = mount();
    const first = button(root, 'This page')!;
    first.focus();
    act(() => void first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(document.activeElement?.textContent).toBe('All notes');
    expect(root.querySelector('[role=tabpanel]')?.getAttribute('aria-labelledby')).toBe('tab-all');
    act(() => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true })));
    expect(document.activeElement?.textContent).toBe('This page');
  });
});
