import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest is the product's permission story: content script everywhere (it only
// reads until detection says yes), scripting to load the extractor on demand, storage
// for settings, contextMenus/commands for keyboard and right-click note taking.
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
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Dossier',
    description:
      'Highlights the actors and topics in news about geopolitics, security and cyber operations, and keeps your private notes on them.',
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'contextMenus', 'tabs'],
    host_permissions: ['<all_urls>'],
    // The knowledge base is fetched by the reader chunk, which runs in the page's content-script
    // world: a content script's fetch of the extension's own files needs them listed here.
    web_accessible_resources: manifestVersion === 2 ? ['kb/actors.tsv', 'kb/index.bin'] : [{ resources: ['kb/actors.tsv', 'kb/index.bin'], matches: ['<all_urls>'] }],
    commands: {
      'add-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Add a note to the selected passage',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Show or hide Dossier highlights on this page',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: {
            gecko: {
              id: 'dossier@dossier.local',
              strict_min_version: '142.0',
              // Dossier collects nothing: notes never leave the reader's browser.
              data_collection_permissions: { required: ['none'] },
            },
          } }
      : {}),
  }),
});
