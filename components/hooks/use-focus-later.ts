/**
 * Moves the keyboard focus once a later render has put its target in the page: a deleted
 * card, a withdrawn question or a finished action would otherwise leave the focus on the
 * body. `focusLater(pick)` asks; after each render from then on, `pick` is called until it
 * names an element, which then takes the focus (a newer request replaces an older one).
 * The request is state, not a ref: an effect still pending from a render before the request
 * (Preact runs those before the next render) must not act on the page as it was.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';

type Pick = () => HTMLElement | null | undefined;

export function useFocusLater(): (pick: Pick) => void {
  const [pick, setPick] = useState<Pick | null>(null);
  useEffect(() => {
    const target = pick?.();
    if (!target) return;
    setPick(null);
    target.focus();
  });
  return useCallback((next: Pick) => setPick(() => next), []);
}
