/**
 * Moves the keyboard focus once a later render has put its target in the page: a deleted
 * card, a withdrawn question or a finished action would otherwise leave the focus on the
 * body. `focusLater(pick)` asks; after each render `pick` is called until it names an
 * element, which then takes the focus (a newer request replaces an older one).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

type Pick = () => HTMLElement | null | undefined;

export function useFocusLater(): (pick: Pick) => void {
  const pending = useRef<Pick | null>(null);
  const [, rerender] = useState(0);
  useEffect(() => {
    const target = pending.current?.();
    if (!target) return;
    pending.current = null;
    target.focus();
  });
  return useCallback((pick: Pick) => {
    pending.current = pick;
    rerender((n) => n + 1);
  }, []);
}
