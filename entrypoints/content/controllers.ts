/**
 * The reader's two gestures on the page, each a small controller that owns its listeners
 * and timers (all through WXT's `ctx`, so they end with the content script) and stops on
 * `destroy()`, in the manner of hypothesis/client's SelectionObserver. Both ignore events
 * a page script made up (`isTrusted`).
 *
 * - Hover: a trusted pointer move, at most once per frame, asks `onPoint`; no pointing while
 *   a button is held (the reader is selecting). `hideSoon` closes the card after a pause
 *   unless the pointer comes back.
 * - Selection: the end of a trusted mouse or shift+arrow selection, once it has settled,
 *   calls `onSelected`; a selection that disappears calls `onCleared`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isEditableTarget } from '@/utils/dom/text-index';
import { hasSelectedText } from '@/utils/dom/selection';

export interface Controller {
  destroy(): void;
}

export interface HoverController extends Controller {
  /** Closes the card after a pause (`close`), unless `cancelHide` comes first. */
  hideSoon(close: () => void): void;
  cancelHide(): void;
}

/** Listeners that go away with the controller (`stop`) or with the content script, whichever is first. */
export function listen(ctx: ContentScriptContext) {
  const stop = new AbortController();
  ctx.onInvalidated(() => stop.abort());
  return {
    on<K extends keyof DocumentEventMap>(doc: Document, type: K, handler: (e: DocumentEventMap[K]) => void) {
      doc.addEventListener(type, handler, { signal: stop.signal });
    },
    stop: () => stop.abort(),
  };
}

export function createHoverController(
  ctx: ContentScriptContext,
  doc: Document,
  onPoint: (x: number, y: number, target: EventTarget | null) => void,
  onEscape: () => void,
): HoverController {
  const events = listen(ctx);
  let frame = 0;
  let hideTimer: number | undefined;
  events.on(doc, 'pointermove', (e) => {
    if (!e.isTrusted || frame || e.buttons) return;
    frame = ctx.requestAnimationFrame(() => {
      frame = 0;
      onPoint(e.clientX, e.clientY, e.target);
    });
  });
  events.on(doc, 'keydown', (e) => {
    if (e.isTrusted && e.key === 'Escape') onEscape();
  });
  const cancelHide = () => clearTimeout(hideTimer);
  return {
    hideSoon(close) {
      cancelHide();
      hideTimer = ctx.setTimeout(close, 300);
    },
    cancelHide,
    destroy() {
      events.stop();
      cancelAnimationFrame(frame);
      cancelHide();
    },
  };
}

export function createSelectionController(
  ctx: ContentScriptContext,
  doc: Document,
  isOwn: (node: Node | null) => boolean,
  onSelected: () => void,
  onCleared: () => void,
): Controller {
  const events = listen(ctx);
  let settle: number | undefined;
  // Let the selection settle (double-click, shift+arrow) before reading it.
  const ended = () => {
    clearTimeout(settle);
    settle = ctx.setTimeout(onSelected, 10);
  };
  events.on(doc, 'mouseup', (e) => {
    if (e.isTrusted && !isOwn(e.target as Node)) ended();
  });
  events.on(doc, 'keyup', (e) => {
    if (e.isTrusted && e.shiftKey && !isEditableTarget(e.target)) ended();
  });
  events.on(doc, 'selectionchange', () => {
    if (!hasSelectedText(doc)) onCleared();
  });
  return {
    destroy() {
      events.stop();
      clearTimeout(settle);
    },
  };
}
