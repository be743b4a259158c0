/**
 * The reader's selection as one live Range, also inside open shadow trees.
 *
 * A document reports a selection made inside a shadow tree as collapsed at the host, so
 * there the real end points are asked for with `getComposedRanges` (where the browser has
 * it), for the shadow roots given. Null when nothing is selected, when the browser cannot
 * tell, or when the selection starts and ends in different trees (no Range spans them).
 */
interface ComposedSelection {
  getComposedRanges?(options: { shadowRoots: ShadowRoot[] }): StaticRange[];
}

export function selectionRange(doc: Document, shadowRoots: readonly ShadowRoot[]): Range | null {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  if (!sel.isCollapsed) return sel.getRangeAt(0);
  if (!shadowRoots.length) return null;
  const composed = (sel as unknown as ComposedSelection).getComposedRanges?.({ shadowRoots: [...shadowRoots] })?.[0];
  if (!composed || composed.collapsed || composed.startContainer.getRootNode() !== composed.endContainer.getRootNode())
    return null;
  const range = doc.createRange();
  range.setStart(composed.startContainer, composed.startOffset);
  range.setEnd(composed.endContainer, composed.endOffset);
  return range;
}

/** Whether the reader has selected any text, in the document or inside a shadow tree. */
export const hasSelectedText = (doc: Document): boolean => !!doc.getSelection()?.toString().trim();

/**
 * The selection as a passage a note can be taken on: it has text, and lies neither in
 * Dossier's own UI (`isOwn`) nor in a field or editable region (the reader's typing is not
 * a passage of the page). Null otherwise.
 */
export function notableSelection(
  doc: Document,
  shadowRoots: readonly ShadowRoot[],
  isOwn: (node: Node) => boolean,
): Range | null {
  const range = selectionRange(doc, shadowRoots);
  if (!range?.toString().trim()) return null;
  const container = range.commonAncestorContainer;
  const el = container.nodeType === 1 ? (container as Element) : container.parentElement;
  if (!el || isOwn(el) || el.closest('input, textarea, [contenteditable]:not([contenteditable="false"])')) return null;
  return range;
}
