/**
 * Building and placing Dossier's own elements in a page (the editor frame, the hover card).
 *
 * `placeNear` puts a box of a given size below an anchor rectangle (a mention, a selection)
 * when it fits there, above it when it does not and there is room above, so it never covers
 * the line being read; it stays `margin` px inside the viewport, and at least 8 px from its
 * left and right edges. A box taller than the viewport on both sides stays below, clamped
 * to the top margin. Coordinates are the viewport's (for `position: fixed`).
 */
export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  /** Space between the anchor and the box. */
  gap: number;
  /** Space kept free at the viewport's top and bottom. */
  margin: number;
}

export function placeNear(
  near: Pick<DOMRect, 'top' | 'bottom' | 'left'>,
  box: Size,
  viewport: Size,
  { gap, margin }: Placement,
): { left: number; top: number } {
  let top = near.bottom + gap;
  if (top + box.height > viewport.height - margin && near.top - box.height - gap > margin) top = near.top - box.height - gap;
  return { left: Math.max(8, Math.min(near.left, viewport.width - box.width - 8)), top: Math.max(margin, top) };
}

/** Moves `box` (a fixed-position element of `doc`) near `near`, measured at its size now unless `size` is given. */
export function moveNear(box: HTMLElement, near: DOMRect, placement: Placement, size: Size = box.getBoundingClientRect()): void {
  const root = box.ownerDocument.documentElement;
  const { left, top } = placeNear(near, size, { width: root.clientWidth, height: root.clientHeight }, placement);
  box.style.left = `${left}px`;
  box.style.top = `${top}px`;
}

/** A new element of `doc` with a class and text, both optional. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  cls?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}
