/**
 * The card shown for a highlighted actor. It holds public facts only (name, type, role,
 * how this page names it, which mention is focused) and how many notes the reader has on
 * the actor, with a button that opens them in Dossier's side panel: the notes themselves
 * never enter the page. The facts come in as one plain object (`CardSubject`), so a knowledge
 * base can add to them without touching the card. Placed below (or above) the mention so
 * it never covers the text being read; Esc closes it, its buttons are reachable with Tab
 * and act only on trusted clicks.
 */
import type { ActorSummary } from '@/utils/model/actor';
import { ACTOR_TYPE_LABEL } from '@/utils/model/kinds';
import { onTrustedClick } from './in-page-ui';
import { roleLine } from '@/utils/kb/card';
import { el as element, moveNear } from '@/utils/dom/place';

/** What the card shows: the page's summary of the actor and which mention the card is for. */
export interface CardSubject extends ActorSummary {
  /** 0-based index of the mention the card is for, among `count`. */
  mention: number;
}

export interface CardActions {
  onAddNote(): void;
  onOpenNotes(): void;
  onNextMention(): void;
  onHide(): void;
  onClose(): void;
}

export interface HoverCard {
  /** Opens the card; its notes line waits for `showNoteCount`. */
  show(actor: CardSubject, near: DOMRect, actions: CardActions, focus?: boolean): void;
  /** Fills the open card's notes line in place (focus stays where it was). Null: unknown. */
  showNoteCount(count: number | null): void;
  hide(): void;
  contains(node: Node | null): boolean;
  readonly open: boolean;
}

export function createHoverCard(doc: Document, root: () => ShadowRoot): HoverCard {
  let card: HTMLElement | null = null;
  let notesSlot: HTMLElement | null = null;
  let openNotes: (() => void) | null = null;
  let anchor: DOMRect | null = null;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => element(doc, tag, cls, text);
  const button = (label: string, act: () => void, cls = '') => {
    const b = el('button', cls, label);
    b.type = 'button';
    onTrustedClick(b, act);
    return b;
  };

  // Below the mention, or above it near the bottom of the view: never over the line it is about.
  const place = (box: HTMLElement, near: DOMRect) => moveNear(box, near, { gap: 6, margin: 4 });

  const hide = () => {
    card?.remove();
    card = null;
    notesSlot = null;
    openNotes = null;
  };

  return {
    get open() {
      return !!card;
    },
    contains: (node) => !!card && !!node && card.contains(node),
    hide,
    showNoteCount(count) {
      if (!notesSlot || count === null || !openNotes) return;
      notesSlot.replaceChildren(
        count
          ? button(`${count} note${count === 1 ? '' : 's'} — open in panel`, openNotes, 'card-notes-open')
          : el('p', 'card-empty', 'No notes about this actor yet.'),
      );
      // Taller now: placed again so it still clears the line it belongs to.
      if (card && anchor) place(card, anchor);
    },
    show(actor, near, actions, focus = false) {
      hide();
      const box = el('div', 'card');
      box.setAttribute('role', 'dialog');
      box.setAttribute('aria-label', `${actor.name}: who this is`);
      box.tabIndex = -1;
      const head = el('div', 'card-head');
      head.append(el('span', `swatch ${actor.type}`), el('strong', 'card-name', actor.name));
      const meta = el(
        'p',
        'card-meta',
        [ACTOR_TYPE_LABEL[actor.type], actor.facts ? roleLine(actor.facts) : actor.role].filter(Boolean).join(' · '),
      );
      const also = actor.facts?.alsoCalled.length
        ? el('p', 'card-also', `Also called ${actor.facts.alsoCalled.join(', ')}`)
        : null;
      const named =
        actor.aliases.length > 1 || actor.aliases[0] !== actor.name ? ` as ${actor.aliases.map((a) => `“${a}”`).join(', ')}` : '';
      const where = actor.count > 1 ? `Mention ${actor.mention + 1} of ${actor.count} on this page` : '1 mention on this page';
      const seen = el('p', 'card-seen', `${where}${named}`);
      notesSlot = el('div', 'card-notes-slot');
      openNotes = actions.onOpenNotes;
      box.append(head, meta, ...(also ? [also] : []), seen, notesSlot);
      const buttons = el('div', 'actions');
      const add = button('Add note', actions.onAddNote, 'primary');
      buttons.append(add);
      // "Next mention" only where there is another one to go to.
      if (actor.count > 1) buttons.append(button('Next mention', actions.onNextMention));
      buttons.append(button(`Not an actor: hide “${actor.name}”`, actions.onHide));
      box.append(buttons);
      box.addEventListener('keydown', (e) => {
        if (e.isTrusted && e.key === 'Escape') actions.onClose();
      });
      root().append(box);
      card = box;
      anchor = near;
      place(box, near);
      if (focus) add.focus();
    },
  };
}
