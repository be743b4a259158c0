/**
 * Where Dossier's reader runs. The reader chunk announces itself on the content-script
 * world's global under `READER_GLOBAL` (which `scripting.executeScript` shares), so the
 * watcher loads it once and the popup finds the frames it reads.
 *
 * Which frames Dossier reads: the top frame always, a child frame only when it shares its
 * parent's origin — an article shown in a frame of its own site. Cross-origin frames
 * (ads, players, social embeds) are left at once: the browser loads the content script
 * into every frame, and there it should cost nothing beyond its start.
 *
 * `frameElement` is null, or throws in some browsers, exactly when the parent is of
 * another origin.
 */
export const READER_GLOBAL = '__dossierReader';

export function readsFrame(win: Window): boolean {
  if (win === win.top) return true;
  try {
    return win.frameElement !== null;
  } catch {
    return false;
  }
}

/** Whether keyboard focus sits in a child frame of `doc` (so a command is that frame's to answer). */
export function focusInChildFrame(doc: Document): boolean {
  const tag = doc.activeElement?.tagName;
  return tag === 'IFRAME' || tag === 'FRAME';
}
