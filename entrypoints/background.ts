import { createBackgroundHandlers } from '@/utils/background/handlers';
import { openDatabase } from '@/utils/db/database';
import { DossierError, receiveRequest, requestTab, type Sender } from '@/utils/messaging/channel';

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
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'add-note' && tab?.id !== undefined) {
      void requestTab(tab.id, { type: 'tab.noteSelection' }, info.frameId ?? 0).catch(() => undefined);
    }
  });
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    // A command does not say which frame it is for: every frame Dossier reads takes it.
    if (command === 'add-note') await requestTab(tab.id, { type: 'tab.noteSelection' }, 'all').catch(() => undefined);
    if (command === 'toggle-highlights') await requestTab(tab.id, { type: 'tab.toggle' }, 'all').catch(() => undefined);
  });
});

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
