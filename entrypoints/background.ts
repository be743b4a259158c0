import { createBackgroundHandlers } from '@/utils/background/handlers';
import { openDatabase } from '@/utils/db/database';
import { DossierError, requestTab, type Sender } from '@/utils/messaging/channel';
import { receiveRequest } from '@/utils/messaging/receive-request';
import { PANEL_CHANGED } from '@/utils/messaging/protocol';

const target = (sender: Sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new DossierError('This request must come from a page.');
  return { tabId, frameIds: [sender.frameId ?? 0] };
};

export default defineBackground(() => {
  const db = openDatabase();
  const receive = receiveRequest(
    createBackgroundHandlers(db, {
      async injectReader(sender) {
        await browser.scripting.executeScript({ target: target(sender), files: ['/reader.js'] });
      },
      async openNote(url, noteId) {
        const tab = await browser.tabs.create({ url });
        if (tab.id !== undefined) void revealWhenLoaded(tab.id, noteId);
      },
      async insertCss(sender, css) {
        await browser.scripting.insertCSS({ target: target(sender), css });
      },
      openPanel,
      async tellTab(tabId, frameId, msg) {
        return requestTab(tabId, msg, frameId).then(
          () => true,
          () => false,
        );
      },
      notifyPanels() {
        void browser.runtime.sendMessage({ type: PANEL_CHANGED }).catch(() => undefined);
      },
      async activeTab() {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
      },
      extensionRoot: browser.runtime.getURL('/'),
      extensionId: browser.runtime.id,
    }),
  );
  browser.runtime.onMessage.addListener((msg: unknown, sender) => receive(msg, sender));

  // Keep storage from being evicted under pressure: notes are the one thing never to lose.
  void navigator.storage?.persist?.().catch(() => undefined);

  // On every start, not only at install: Firefox's MV2 background forgets its menus when the
  // browser restarts. Removing first keeps Chrome (whose menus persist) from a duplicate id.
  void browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: 'add-note', title: 'Add note to selection', contexts: ['selection'] }))
    .catch(() => undefined);
  // A menu click and a command are user gestures: the side panel opens in the same turn,
  // before anything is awaited, and the page's selection becomes its draft.
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'add-note' && tab?.id !== undefined) {
      const tabId = tab.id;
      const opening = openPanel(tabId);
      void opening
        .then((inPanel) => requestTab(tabId, { type: 'tab.noteSelection', inPanel }, info.frameId ?? 0))
        .catch(() => undefined);
    }
  });
  browser.commands.onCommand.addListener((command, tab) => {
    const opening = command === 'add-note' && tab?.id !== undefined ? openPanel(tab.id) : Promise.resolve(false);
    void (async () => {
      const inPanel = await opening;
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return;
      // A command does not say which frame it is for: every frame Dossier reads takes it.
      if (command === 'add-note') await requestTab(tabId, { type: 'tab.noteSelection', inPanel }, 'all').catch(() => undefined);
      if (command === 'toggle-highlights') await requestTab(tabId, { type: 'tab.toggle' }, 'all').catch(() => undefined);
    })();
  });
});

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) beside a tab. Both browsers allow it
 * only in answer to a user gesture, so this must be called before anything is awaited; it
 * resolves to whether the panel opened (Firefox refuses for a page's click, passed on by a
 * content script's message, and the caller then shows Dossier's frame in the page).
 */
function openPanel(tabId: number): Promise<boolean> {
  const chromePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } }).chrome
    ?.sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  try {
    const opening = chromePanel ? chromePanel.open({ tabId }) : sidebar?.open();
    if (!opening) return Promise.resolve(false);
    return opening.then(
      () => true,
      (err: unknown) => {
        console.debug('[Dossier] panel', err);
        return false;
      },
    );
  } catch (err) {
    console.debug('[Dossier] panel', err);
    return Promise.resolve(false);
  }
}

/**
 * Asks a freshly opened tab's content script to scroll to a note's passage, retrying
 * while the page loads and the watcher starts (it answers only once it is listening).
 */
async function revealWhenLoaded(tabId: number, noteId: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    await new Promise((r) => setTimeout(r, 500));
    const found = await requestTab(tabId, { type: 'tab.revealNote', noteId }).catch(() => null);
    if (found !== null) return;
  }
}
