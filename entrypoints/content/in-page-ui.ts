/**
 * Dossier's own UI inside a page: the "Note" button by a selection, short status messages,
 * the hover card's box, and the extension-origin frame that holds the note editor and the
 * reader's notes when the side panel cannot be opened. Nothing here shows or takes the
 * reader's words: those live only in the frame, whose document (and keystrokes) belong to
 * the extension's origin, out of the page's reach.
 *
 * The host is a plain `div` (a built-in element a page cannot define first, so no page
 * constructor runs and `attachInternals` cannot reach the closed shadow root), known by
 * reference (`markOwn`), with `!important` inline styles put back whenever the page
 * changes them. Buttons act only on trusted clicks. The host is added on first use only:
 * a page the reader does not touch keeps its DOM.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import uiCss from './in-page-ui.css?inline';

import { markOwn } from '@/utils/dom/own-ui';
import { el, moveNear } from '@/utils/dom/place';
import { errorMessage } from '@/utils/db/errors';

export interface FrameOptions {
  /** The extension page to show (an extension URL). */
  src: string;
  /** Where to place the frame (viewport coordinates). */
  near: DOMRect;
  /** Accessible name of the frame. */
  title: string;
}

export interface InPageUi {
  isOwn(node: Node | null): boolean;
  showNoteButton(near: DOMRect, onActivate: () => void): void;
  hideNoteButton(): void;
  /** Shows one extension-origin frame (replacing any open one). */
  openFrame(options: FrameOptions): void;
  closeFrame(): void;
  readonly frameOpen: boolean;
  status(message: string, kind?: 'info' | 'error'): void;
  /** A handler that shows `what` went wrong, and why, as an error status. */
  failed(what: string): (err: unknown) => void;
  /** The shadow root, created on first call, for other in-page components (hover card). */
  root(): ShadowRoot;
  destroy(): void;
}

const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['z-index', '2147483647'],
  ['display', 'block'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['pointer-events', 'auto'],
];

/** Runs `act` for a click the reader made, never for one a page script dispatched. */
export function onTrustedClick(el: HTMLElement, act: () => void): void {
  el.addEventListener('click', (e) => {
    e.preventDefault();
    if (e.isTrusted) act();
  });
}

export function createInPageUi(ctx: ContentScriptContext, doc: Document): InPageUi {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let guard: MutationObserver | null = null;
  let button: HTMLButtonElement | null = null;
  let frame: HTMLIFrameElement | null = null;
  let statusTimer: number | undefined;
  let onNote: () => void = () => undefined;

  const styleHost = (el: HTMLElement) => {
    for (const [prop, value] of HOST_STYLE) el.style.setProperty(prop, value, 'important');
  };

  const root = (): ShadowRoot => {
    if (shadow && host?.isConnected) return shadow;
    guard?.disconnect();
    host = doc.createElement('div');
    markOwn(host);
    styleHost(host);
    shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = uiCss;
    shadow.append(style);
    doc.documentElement.append(host);
    // A page that restyles the host (to hide or move it) gets its change undone; putting
    // the styles back changes the attribute again only when they differ, so this settles.
    const el = host;
    const ours = el.getAttribute('style');
    guard = new MutationObserver(() => {
      if (el.getAttribute('style') !== ours) el.setAttribute('style', ours ?? '');
    });
    guard.observe(el, { attributes: true, attributeFilter: ['style'] });
    return shadow;
  };

  const ui: InPageUi = {
    isOwn(node) {
      return !!host && !!node && (node === host || host.contains(node));
    },
    get frameOpen() {
      return !!frame;
    },
    showNoteButton(near, onActivate) {
      const r = root();
      if (!button) {
        button = el(doc, 'button', 'note-button', 'Note');
        button.type = 'button';
        button.title = 'Add a note to the selected passage';
        // Keep the page's selection when the button is pressed.
        button.addEventListener('mousedown', (e) => e.preventDefault());
        onTrustedClick(button, () => onNote());
      }
      onNote = onActivate;
      r.append(button);
      // Beside the end of the selection, in its last line, where no text of the page
      // lies; above the selection when the right edge leaves no room (the line below is
      // what the reader reads next).
      const { width, height } = button.getBoundingClientRect();
      const fitsBeside = near.right + 6 + width <= (doc.defaultView?.innerWidth ?? 0) - 4;
      button.style.left = `${fitsBeside ? near.right + 6 : Math.max(4, near.right - width)}px`;
      button.style.top = `${fitsBeside ? near.bottom - height : Math.max(4, near.top - height - 4)}px`;
    },
    hideNoteButton() {
      button?.remove();
    },
    openFrame({ src, near, title }) {
      ui.hideNoteButton();
      ui.closeFrame();
      const r = root();
      frame = el(doc, 'iframe', 'frame');
      frame.title = title;
      frame.src = src;
      // The reader asked for it: the keyboard goes there (Chrome does not let the framed
      // page take the focus by itself), so typing starts at once, out of the page's reach.
      const opened = frame;
      opened.addEventListener('load', () => opened.focus(), { once: true });
      r.append(frame);
      // Below the passage when there is room, above it otherwise: never over the text.
      moveNear(frame, near, { gap: 8, margin: 8 }, { width: 380, height: 240 });
    },
    closeFrame() {
      frame?.remove();
      frame = null;
    },
    status(message, kind = 'info') {
      const r = root();
      let line = r.querySelector<HTMLElement>('.status');
      if (!line) {
        line = el(doc, 'div', 'status');
        line.setAttribute('role', 'status');
        r.append(line);
      }
      line.textContent = message;
      line.dataset.kind = kind;
      clearTimeout(statusTimer);
      const shown = line;
      statusTimer = ctx.setTimeout(() => shown.remove(), kind === 'error' ? 8000 : 2500);
    },
    failed: (what) => (err) => ui.status(`${what}: ${errorMessage(err)}`, 'error'),
    root,
    destroy() {
      clearTimeout(statusTimer);
      guard?.disconnect();
      host?.remove();
      host = null;
      shadow = null;
      button = null;
      frame = null;
    },
  };
  return ui;
}
