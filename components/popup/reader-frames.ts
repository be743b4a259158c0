/**
 * The frames of a tab, other than the top one, where Dossier's reader runs (it highlights
 * there or shows the reader's notes): the popup speaks to each by its frame id. The
 * reader announces itself on the content-script world's global (utils/dom/frames.ts), which
 * `scripting.executeScript` shares. A tab Dossier may not script answers no frames.
 */
import { browser } from 'wxt/browser';
import { READER_GLOBAL } from '@/utils/dom/frames';

export async function readerFrames(tabId: number): Promise<number[]> {
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      func: (name: string) => name in globalThis,
      args: [READER_GLOBAL],
    });
    return results.filter((r) => r.frameId !== 0 && r.result === true).map((r) => r.frameId);
  } catch {
    return [];
  }
}
