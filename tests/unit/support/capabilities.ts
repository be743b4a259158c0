/**
 * Background capabilities that do nothing, for tests of what the handlers store: each
 * test overrides the ones it watches.
 */
import { vi } from 'vitest';
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

/** Capabilities whose calls a test can inspect: the panel opens, tabs answer, the active tab is https://a.test/x. */
export function spiedCapabilities() {
  return {
    injectReader: vi.fn(async () => undefined),
    insertCss: vi.fn(async () => undefined),
    openNote: vi.fn(async () => undefined),
    openPanel: vi.fn(async () => true),
    tellTab: vi.fn(async () => true),
    notifyPanels: vi.fn(),
    activeTab: vi.fn(async () => ({ id: 3, url: 'https://a.test/x' })),
    extensionRoot: 'chrome-extension://dossier/',
    extensionId: 'dossier',
  };
}
