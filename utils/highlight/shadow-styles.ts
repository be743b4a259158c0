/**
 * Highlight styles inside shadow trees.
 *
 * `::highlight()` rules style text in the tree whose style sheets hold them, and Firefox
 * does not carry the document's rules into shadow trees. So every open shadow root Dossier
 * paints in gets the same CSS: as an adopted constructed sheet, which the page's DOM never
 * shows, or, where adopting is refused, a `<style data-dossier>` at the end of the root.
 * `removeAll()` takes every one of them away again; adding to a root twice adds nothing.
 */
export interface ShadowStyles {
  add(roots: readonly ShadowRoot[], css: string): void;
  removeAll(): void;
}

export function createShadowStyles(doc: Document): ShadowStyles {
  const undo = new Map<ShadowRoot, () => void>();
  return {
    add(roots, css) {
      for (const root of roots) if (!undo.has(root) && root.isConnected) undo.set(root, styleRoot(doc, root, css));
    },
    removeAll() {
      for (const remove of undo.values()) remove();
      undo.clear();
    },
  };
}

function styleRoot(doc: Document, root: ShadowRoot, css: string): () => void {
  try {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.setAttribute('data-dossier', '');
    style.textContent = css;
    root.append(style);
    return () => style.remove();
  }
}

/** The shadow roots that hold any of `ranges`, each once: the trees to style (most pages: none). */
export function shadowRootsOf(ranges: Iterable<Range>): ShadowRoot[] {
  const roots = new Set<ShadowRoot>();
  for (const range of ranges) {
    const root = range.startContainer.getRootNode();
    if ((root as ShadowRoot).host) roots.add(root as ShadowRoot);
  }
  return [...roots];
}
