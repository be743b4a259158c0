/**
 * Dossier's extension-origin notebook as the tests drive it: the editor frame the Note
 * button opens inside the article (a cross-origin frame the page cannot reach; the
 * drivers can), and the side panel page opened as a tab where a headless browser cannot
 * show a side panel.
 */
import type { Frame, Page } from 'playwright-core';
import type { Frame as PFrame, Page as PPage } from 'puppeteer-core';

const isEditorFrame = (url: string) => /^(chrome|moz)-extension:\/\/[^/]+\/sidepanel\.html\?/.test(url) && url.includes('draft=');

async function until<T>(find: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`${what} did not appear within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The editor frame in a Chromium page, once its editor has rendered. */
export async function chromiumEditorFrame(page: Page): Promise<Frame> {
  const frame = await until(() => page.frames().find((f) => isEditorFrame(f.url())), 'the editor frame');
  await frame.locator('textarea').waitFor({ timeout: 10_000 });
  return frame;
}

/**
 * Waits for the editor frame in a Firefox page. Firefox's BiDi reports a moz-extension
 * frame as about:blank and does not let the driver into it: the test types into it as
 * the reader does, with the keyboard (the editor takes the focus when it opens).
 */
export async function firefoxEditorFrame(page: PPage): Promise<PFrame> {
  return until(
    () => page.frames().find((f) => f !== page.mainFrame() && f.parentFrame() === page.mainFrame()),
    'the editor frame',
  );
}
