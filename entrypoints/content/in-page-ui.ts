/**
 * Dossier's own UI inside a page: the "Note" button by a selection, the note editor and
 * short status messages. It lives in a closed shadow root under one `<dossier-ui>` host,
 * so page CSS cannot restyle it and page scripts cannot read the reader's notes from it.
 * The host is added on first use only: a page the reader does not touch keeps its DOM.
 */
import uiCss from './in-page-ui.css?inline';

import { UI_HOST_TAG } from '@/utils/dom/own-ui';

export interface EditorOptions {
  /** The passage being noted, shown above the text box. */
  quote: string;
  /** Where to place the editor (viewport coordinates). */
  near: DOMRect;
  initialBody?: string;
  /** Saves the note; a rejection keeps the editor open with the text and shows the error. */
  onSave: (body: string) => Promise<void>;
}

export interface InPageUi {
  isOwn(node: Node | null): boolean;
  showNoteButton(near: DOMRect, onActivate: () => void): void;
  hideNoteButton(): void;
  openEditor(options: EditorOptions): void;
  closeEditor(): void;
  status(message: string, kind?: 'info' | 'error'): void;
  /** The shadow root, created on first call, for other in-page components (hover card). */
  root(): ShadowRoot;
  destroy(): void;
}

export function createInPageUi(doc: Document): InPageUi {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let button: HTMLButtonElement | null = null;
  let editor: HTMLElement | null = null;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  const root = (): ShadowRoot => {
    if (shadow && host?.isConnected) return shadow;
    host = doc.createElement(UI_HOST_TAG.toLowerCase());
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
    shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = uiCss;
    shadow.append(style);
    doc.documentElement.append(host);
    return shadow;
  };

  const place = (el: HTMLElement, near: DOMRect, width: number, height: number) => {
    const vw = doc.documentElement.clientWidth;
    const vh = doc.documentElement.clientHeight;
    // Below the selection when there is room, above it otherwise: never over the text.
    let top = near.bottom + 8;
    if (top + height > vh && near.top - height - 8 > 0) top = near.top - height - 8;
    const left = Math.max(8, Math.min(near.left, vw - width - 8));
    el.style.left = `${left}px`;
    el.style.top = `${Math.max(8, top)}px`;
  };

  const ui: InPageUi = {
    isOwn(node) {
      return !!host && !!node && (node === host || host.contains(node));
    },
    showNoteButton(near, onActivate) {
      const r = root();
      button ??= doc.createElement('button');
      button.className = 'note-button';
      button.type = 'button';
      button.textContent = 'Note';
      button.title = 'Add a note to the selected passage (Alt+Shift+M)';
      button.onclick = (e) => {
        e.preventDefault();
        onActivate();
      };
      // Keep the page's selection when the button is pressed.
      button.onmousedown = (e) => e.preventDefault();
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
    openEditor({ quote, near, initialBody = '', onSave }) {
      ui.hideNoteButton();
      ui.closeEditor();
      const r = root();
      editor = doc.createElement('div');
      editor.className = 'editor';
      editor.setAttribute('role', 'dialog');
      editor.setAttribute('aria-label', 'Add a note');
      const q = doc.createElement('blockquote');
      q.textContent = quote.length > 280 ? `${quote.slice(0, 277)}…` : quote;
      const label = doc.createElement('label');
      label.textContent = 'Your note';
      const area = doc.createElement('textarea');
      area.value = initialBody;
      area.rows = 4;
      area.placeholder = 'What matters about this passage?';
      label.append(area);
      const error = doc.createElement('p');
      error.className = 'error';
      error.setAttribute('role', 'alert');
      const save = doc.createElement('button');
      save.type = 'button';
      save.className = 'primary';
      save.textContent = 'Save note';
      const cancel = doc.createElement('button');
      cancel.type = 'button';
      cancel.textContent = 'Cancel';
      const hint = doc.createElement('span');
      hint.className = 'hint';
      hint.textContent = 'Ctrl+Enter to save · Esc to cancel';
      const actions = doc.createElement('div');
      actions.className = 'actions';
      actions.append(hint, cancel, save);
      editor.append(q, label, error, actions);
      r.append(editor);
      place(editor, near, 360, 220);

      const submit = async () => {
        save.disabled = true;
        error.textContent = '';
        try {
          await onSave(area.value);
          ui.closeEditor();
          ui.status('Note saved');
        } catch (err) {
          // The typed text stays in the box: a failed save must not cost the reader it.
          error.textContent = `Could not save the note: ${err instanceof Error ? err.message : String(err)}`;
          save.disabled = false;
          area.focus();
        }
      };
      save.onclick = () => void submit();
      cancel.onclick = () => ui.closeEditor();
      editor.addEventListener('keydown', (e) => {
        e.stopPropagation();
        if (e.key === 'Escape') ui.closeEditor();
        else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
      });
      // Page shortcuts must not see the reader's typing.
      editor.addEventListener('keypress', (e) => e.stopPropagation());
      editor.addEventListener('keyup', (e) => e.stopPropagation());
      area.focus();
    },
    closeEditor() {
      editor?.remove();
      editor = null;
    },
    status(message, kind = 'info') {
      const r = root();
      let el = r.querySelector<HTMLElement>('.status');
      if (!el) {
        el = doc.createElement('div');
        el.className = 'status';
        el.setAttribute('role', 'status');
        r.append(el);
      }
      el.textContent = message;
      el.dataset.kind = kind;
      clearTimeout(statusTimer);
      statusTimer = setTimeout(() => el?.remove(), kind === 'error' ? 8000 : 2500);
    },
    root,
    destroy() {
      clearTimeout(statusTimer);
      host?.remove();
      host = null;
      shadow = null;
      button = null;
      editor = null;
    },
  };
  return ui;
}
