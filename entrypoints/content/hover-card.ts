/**
 * The card shown for a highlighted actor: who it is, how the page names it, the reader's
 * notes about it from any page, and actions. Lives in Dossier's shadow root; placed
 * below (or above) the mention so it never covers the text being read; Esc closes it,
 * its buttons are reachable with Tab.
 */
import type { Note } from '@/utils/db/schema';
import type { ActorSummary } from '@/utils/messaging/protocol';
import { roleLine } from '@/utils/kb/card';

const TYPE_LABEL = { person: 'Person', organization: 'Organization', country: 'Country', group: 'Group' } as const;

export interface CardActions {
  onAddNote(): void;
  onNextMention(): void;
  onHide(): void;
  onClose(): void;
}

export interface HoverCard {
  /** Opens the card; its notes section waits for `showNotes`. */
  show(actor: ActorSummary, surface: string, near: DOMRect, actions: CardActions, focus?: boolean): void;
  /**
   * Fills the open card's notes section in place, so the buttons (and the focus a keyboard
   * reader may already have moved among them) stay as they are. Null: notes unavailable.
   */
  showNotes(notes: readonly Note[] | null): void;
  hide(): void;
  contains(node: Node | null): boolean;
  readonly open: boolean;
}

export function createHoverCard(doc: Document, root: () => ShadowRoot): HoverCard {
  let card: HTMLElement | null = null;
  let notesSlot: HTMLElement | null = null;
  let anchor: DOMRect | null = null;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  const place = (box: HTMLElement, near: DOMRect) => {
    const vw = doc.documentElement.clientWidth;
    const vh = doc.documentElement.clientHeight;
    const { width, height } = box.getBoundingClientRect();
    let top = near.bottom + 6;
    if (top + height > vh - 4 && near.top - height - 6 > 4) top = near.top - height - 6;
    box.style.left = `${Math.max(8, Math.min(near.left, vw - width - 8))}px`;
    box.style.top = `${Math.max(4, top)}px`;
  };

  const hide = () => {
    card?.remove();
    card = null;
    notesSlot = null;
  };

  return {
    get open() {
      return !!card;
    },
    contains: (node) => !!card && !!node && card.contains(node),
    hide,
    showNotes(notes) {
      if (!notesSlot || !notes) return;
      if (notes.length) {
        const list = el('ul', 'card-notes');
        list.setAttribute('aria-label', 'Your notes about this actor');
        for (const n of notes.slice(0, 3)) {
          const li = el('li');
          li.append(el('span', 'card-note-body', n.body.length > 140 ? `${n.body.slice(0, 137)}…` : n.body), el('span', 'card-note-page', n.title));
          list.append(li);
        }
        notesSlot.replaceChildren(el('p', 'card-label', `Your notes (${notes.length})`), list);
      } else {
        notesSlot.replaceChildren(el('p', 'card-empty', 'No notes about this actor yet.'));
      }
      // Taller now: placed again so it still clears the line it belongs to.
      if (card && anchor) place(card, anchor);
    },
    show(actor, surface, near, actions, focus = false) {
      hide();
      const box = el('div', 'card');
      box.setAttribute('role', 'dialog');
      box.setAttribute('aria-label', `${actor.name}: who this is`);
      box.tabIndex = -1;
      const head = el('div', 'card-head');
      head.append(el('span', `swatch ${actor.type}`), el('strong', 'card-name', actor.name));
      const meta = el('p', 'card-meta', [TYPE_LABEL[actor.type], actor.facts ? roleLine(actor.facts) : actor.role].filter(Boolean).join(' · '));
      const also = actor.facts?.alsoCalled.length ? el('p', 'card-also', `Also called ${actor.facts.alsoCalled.join(', ')}`) : null;
      const seen = el('p', 'card-seen', `${actor.count} mention${actor.count === 1 ? '' : 's'} on this page${actor.aliases.length > 1 || actor.aliases[0] !== actor.name ? ` as ${actor.aliases.map((a) => `“${a}”`).join(', ')}` : ''}`);
      notesSlot = el('div', 'card-notes-slot');
      box.append(head, meta, ...(also ? [also] : []), seen, notesSlot);
      const buttons = el('div', 'actions');
      const add = el('button', 'primary', 'Add note');
      add.type = 'button';
      add.onclick = actions.onAddNote;
      const next = el('button', '', 'Next mention');
      next.type = 'button';
      next.onclick = actions.onNextMention;
      const hideBtn = el('button', '', `Not an actor: hide “${surface}”`);
      hideBtn.type = 'button';
      hideBtn.onclick = actions.onHide;
      buttons.append(add, next, hideBtn);
      box.append(buttons);
      box.addEventListener('keydown', (e) => {
        e.stopPropagation();
        if (e.key === 'Escape') actions.onClose();
      });
      root().append(box);
      card = box;
      anchor = near;
      place(box, near);
      if (focus) add.focus();
    },
  };
}
