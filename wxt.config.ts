import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Extension files a page's document may load (see web_accessible_resources). */
const PAGE_FILES = ['sidepanel.html', 'tagger.bin', 'kb/actors.bin'];

// The manifest is the product's permission story (each permission is justified in the
// README): the content script on web pages (it only reads until detection says yes),
// scripting to load the extractor and its styles on demand, contextMenus for right-click
// note taking, the side panel (WXT adds `sidePanel` for
// Chrome, `sidebar_action` for Firefox), unlimitedStorage so a large notebook is not refused. No `tabs` (host access
// already gives a tab's URL) and no `storage` (everything is in IndexedDB). Private windows
// are not allowed: nothing a reader does there reaches the disk.
export default defineConfig({
  // Separate output folders let several builds (e.g. parallel test runs) coexist.
  outDir: process.env.DOSSIER_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources zip is what a store reviewer rebuilds from: test artifacts and dev scripts
  // (which read ../shared) have no place in it.
  zip: { excludeSources: ['test-results/**', 'tests/**', 'scripts/**'] },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Dossier',
    description:
      'Highlights the actors and topics in news about geopolitics, security and cyber operations, and keeps your private notes on them.',
    permissions: ['unlimitedStorage', 'scripting', 'contextMenus'],
    host_permissions: ['http://*/*', 'https://*/*'],
    incognito: 'not_allowed',
    // Extension files a page may hold: the notebook page, framed in an article as the note
    // editor where the side panel cannot be opened, and the name model and the knowledge
    // base the reader chunk fetches (a content script's fetch of the extension's own files
    // needs them listed). Chrome gives them a per-session URL so a page cannot probe for them.
    web_accessible_resources:
      browser === 'firefox' ? [...PAGE_FILES] : [{ resources: [...PAGE_FILES], matches: ['<all_urls>'], use_dynamic_url: true }],
    // Chrome leaves a suggested key unassigned when the browser keeps it for itself
    // (Alt+Shift+N is one): tests/e2e/shortcuts.e2e.test.ts checks that both are assigned.
    // The popup tells the reader where to set a shortcut that is missing all the same.
    commands: {
      'add-note': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Add a note to the selected passage',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Show or hide Dossier highlights on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dossier@dossier.local',
              strict_min_version: '142.0',
              // Dossier collects nothing: notes never leave the reader's browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
