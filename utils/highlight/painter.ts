/**
 * Paints ranges on a page and takes the paint off again.
 *
 * With the CSS Custom Highlight API (Chromium ≥ 105, Firefox ≥ 140) nothing in the page's
 * DOM changes: ranges go into `CSS.highlights` under one name per kind. Where the API is
 * missing, text nodes are swapped for fragments with `<mark data-dossier>` around the
 * painted parts; `clear()` swaps the original node objects back, so the page ends up with
 * the very nodes it had (same identity, same data, no normalisation of its own splits).
 */
import { HIGHLIGHT_KINDS, highlightName, type HighlightKind } from './palette';

export type Paint = Partial<Record<HighlightKind, readonly Range[]>>;

export interface Painter {
  /** True when painting goes through the Custom Highlight API. */
  readonly native: boolean;
  /**
   * Replaces all paint with `paint`. With the wrapping fallback the ranges must have been
   * built on the unpainted DOM (after `clear()`), since wrapping moves text into new nodes.
   */
  paint(paint: Paint): void;
  /** Removes every highlight of every kind and restores the DOM. */
  clear(): void;
}

export function createPainter(doc: Document): Painter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = win?.CSS && 'highlights' in win.CSS ? win.CSS.highlights : undefined;
  const HighlightCtor = (win as unknown as { Highlight?: typeof Highlight } | null)?.Highlight;
  if (registry && HighlightCtor) return nativePainter(registry, HighlightCtor);
  return wrappingPainter(doc);
}

function nativePainter(registry: HighlightRegistry, HighlightCtor: typeof Highlight): Painter {
  return {
    native: true,
    paint(paint) {
      for (const kind of HIGHLIGHT_KINDS) {
        const ranges = paint[kind];
        if (ranges?.length) registry.set(highlightName(kind), new HighlightCtor(...ranges));
        else registry.delete(highlightName(kind));
      }
    },
    clear() {
      for (const kind of HIGHLIGHT_KINDS) registry.delete(highlightName(kind));
    },
  };
}

interface Swap {
  original: Text;
  replacement: Node[];
}

function wrappingPainter(doc: Document): Painter {
  let swaps: Swap[] = [];

  const unwrap = () => {
    for (const { original, replacement } of swaps.reverse()) {
      const first = replacement[0];
      if (!first?.parentNode) continue;
      first.parentNode.replaceChild(original, first);
      for (const node of replacement.slice(1)) node.parentNode?.removeChild(node);
    }
    swaps = [];
  };

  const wrap = (paint: Paint) => {
    // Pieces per text node, across all kinds; the first kind listed wins where they overlap.
    const pieces = new Map<Text, { start: number; end: number; kind: HighlightKind }[]>();
    for (const kind of HIGHLIGHT_KINDS) {
      for (const range of paint[kind] ?? []) {
        for (const [node, start, end] of textPieces(doc, range)) {
          const list = pieces.get(node) ?? [];
          list.push({ start, end, kind });
          pieces.set(node, list);
        }
      }
    }
    for (const [original, list] of pieces) {
      list.sort((a, b) => a.start - b.start);
      const replacement: Node[] = [];
      let at = 0;
      for (const { start, end, kind } of list) {
        if (start < at) continue;
        if (start > at) replacement.push(doc.createTextNode(original.data.slice(at, start)));
        const mark = doc.createElement('mark');
        mark.setAttribute('data-dossier', kind);
        mark.textContent = original.data.slice(start, end);
        replacement.push(mark);
        at = end;
      }
      if (at < original.data.length) replacement.push(doc.createTextNode(original.data.slice(at)));
      const parent = original.parentNode;
      if (!parent) continue;
      for (const node of replacement) parent.insertBefore(node, original);
      parent.removeChild(original);
      swaps.push({ original, replacement });
    }
  };

  return {
    native: false,
    paint(paint) {
      unwrap();
      wrap(paint);
    },
    clear: unwrap,
  };
}

/** The [text node, start, end] pieces a range covers, in document order. */
function textPieces(doc: Document, range: Range): [Text, number, number][] {
  const out: [Text, number, number][] = [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) {
    if (range.endOffset > range.startOffset) out.push([root as Text, range.startOffset, range.endOffset]);
    return out;
  }
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (!range.intersectsNode(t)) continue;
    const start = t === range.startContainer ? range.startOffset : 0;
    const end = t === range.endContainer ? range.endOffset : t.data.length;
    if (end > start) out.push([t, start, end]);
  }
  return out;
}
