/**
 * Dossier's own elements in a page (the host of its UI's closed shadow root), known by
 * reference, never by a tag name or attribute a page could copy or define first. The
 * registry lives on the content-script world's global object, which the page cannot see,
 * so the every-page watcher and the reader chunk (two bundles) share it.
 *
 * Own elements are never read, never painted, and their changes are not page changes.
 */
const KEY = '__dossierOwn';

const registry = (): WeakSet<Node> => {
  const g = globalThis as Record<string, unknown>;
  return (g[KEY] ??= new WeakSet<Node>()) as WeakSet<Node>;
};

/** Records `el` as Dossier's; it stays so until garbage-collected. */
export function markOwn(el: Element): void {
  registry().add(el);
}

export const isOwnElement = (el: Element): boolean => registry().has(el);
