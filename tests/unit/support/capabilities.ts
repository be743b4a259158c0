/**
 * Background capabilities that do nothing, for tests of what the handlers store: each
 * test overrides the ones it watches.
 */
import type { BackgroundCapabilities } from '@/utils/background/handlers';

export function quietCapabilities(overrides: Partial<BackgroundCapabilities> = {}): BackgroundCapabilities {
  return {
    injectReader: async () => {},
    insertCss: async () => {},
    openNote: async () => {},
    openPanel: async () => false,
    tellTab: async () => false,
    notifyPanels: () => {},
    activeTab: async () => null,
    extensionRoot: 'chrome-extension://dossier/',
    extensionId: 'dossier',
    ...overrides,
  };
}

/** A message's sender record for Dossier's options page (an extension page, trusted with everything). */
export const OPTIONS_PAGE = { id: 'dossier', url: 'chrome-extension://dossier/options.html' };
