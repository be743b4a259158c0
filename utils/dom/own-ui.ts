/**
 * Dossier's own elements in a page (the host of its UI's closed shadow root), known by
 * reference, never by a tag name or attribute a page could copy or define first. The
 * registry lives on the content-script world's global object, which the page cannot see,
 * so the every-page watcher and the reader chunk (two bundles) share it.
 *
 * Own elements are never read, never painted, and their changes are not page changes.
 */
const KEY = '__dossierOwnElements';

const registry = (): WeakSet<Node> => {
  const g = globalThis as Record<string, unknown>;
  return (g[KEY] ??= new WeakSet<Node>()) as WeakSet<Node>;
};

/** Records `el` as Dossier's; it stays so until garbage-collected. */
export function markOwn(el: Element): void {
  registry().add(el);
}

export const isOwnElement = (el: Element): boolean => registry().has(el);

/** Whether `node` is one of Dossier's elements or inside one (in the light DOM). */
export function insideOwn(node: Node | null): boolean {
  const own = registry();
  for (let n = node; n; n = n.parentNode) if (own.has(n)) return true;
  return false;
}
