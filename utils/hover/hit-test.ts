/**
 * Which painted mention is under the pointer. Highlights are not elements, so there is no
 * event target: find the caret position at the point (caretPositionFromPoint, or
 * caretRangeFromPoint in older Chromium), then the mention range holding it, and confirm
 * the point lies inside one of that range's line boxes (a caret position is reported
 * for the nearest character even when the pointer is in a margin).
 */

export interface HitTarget<T> {
  range: Range;
  value: T;
}

interface CaretDoc {
  caretPositionFromPoint?(
    x: number,
    y: number,
    options?: { shadowRoots: readonly ShadowRoot[] },
  ): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/**
 * The DOM position under a viewport point, or null (outside text, or no API). The point
 * may lie inside any of `shadowRoots` (without them, a caret in a shadow tree is reported
 * at its host); browsers that cannot pierce shadow roots report the host.
 */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDoc;
  if (d.caretPositionFromPoint) {
    const p = shadowRoots.length ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function boxesContain(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/** The target whose range is under (x, y), or null. Targets may be in any order, and in any of `shadowRoots`. */
export function hitTest<T>(
  doc: Document,
  targets: readonly HitTarget<T>[],
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): HitTarget<T> | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret) return null;
  for (const t of targets) {
    try {
      if (t.range.isPointInRange(caret.node, caret.offset) && boxesContain(t.range, x, y)) return t;
    } catch {
      // A range from another document or a detached node: not under the pointer.
    }
  }
  return null;
}
