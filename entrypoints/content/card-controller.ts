/**
 * The hover card's controller: opens the card for the mention under the pointer (or the
 * one the popup asked for), closes it after the pointer leaves, on Esc, or when the reader
 * acts, and carries out the card's buttons. It owns the card, which mention it is open
 * for, and the hover gesture (its listeners and timers through WXT's `ctx`); `destroy()`
 * ends them. It reads the page session from the store and changes nothing in it but
 * through `deps` (the focus mark, a rerun with a name hidden).
 *
 * Boundary cases: no card while highlights are hidden or the page has no mentions; a card
 * asked for a mention that is no longer there does nothing; the notes line is filled only
 * if the card is still open for the same mention when the count arrives.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { hitTest } from '@/utils/hover/hit-test';
import { request } from '@/utils/messaging/channel';
import type { PageStore } from '@/utils/pipeline/page-session';
import { createHoverController, type Controller } from './controllers';
import { createHoverCard } from './hover-card';
import type { InPageUi } from './in-page-ui';
import type { NoteDrafts } from './note-controller';

export interface CardDeps {
  store: PageStore;
  ui: InPageUi;
  drafts: NoteDrafts;
  /** Marks `range` as the focus, shows the highlights and scrolls the range into view. */
  reveal(range: Range): void;
  /** Takes the focus mark off (the card it came with closed). */
  clearFocus(): void;
  /** Runs the last pass again with these hidden names. */
  rerun(hiddenNames: string[]): Promise<void>;
}

export interface CardController extends Controller {
  /** Opens the card for the `index`-th mention of an actor, near it; `focus` moves the keyboard there. */
  open(actorId: string, index: number, focus: boolean): Promise<void>;
  close(): void;
}

export function createCardController(ctx: ContentScriptContext, doc: Document, deps: CardDeps): CardController {
  const { store, ui, drafts } = deps;
  const card = createHoverCard(doc, ui.root);
  let openFor: Range | null = null;

  const close = () => {
    card.hide();
    openFor = null;
    deps.clearFocus();
  };

  const open = async (actorId: string, index: number, focus: boolean) => {
    const { mentions } = store.get();
    const actor = mentions.byId.get(actorId);
    const ranges = mentions.byActor.get(actorId) ?? [];
    const range = ranges[index];
    if (!actor || !range) return;
    openFor = range;
    const near = range.getBoundingClientRect();
    const actions = {
      onAddNote: () => {
        close();
        void drafts
          .draft({ kind: 'actor', quote: actor.name, actorIds: [actor.id] }, near, false)
          .catch(ui.failed('Could not start a note'));
      },
      // The side panel where the browser lets a page's click open it (Chrome), else the same page in a frame here.
      onOpenNotes: () => {
        close();
        void request({ type: 'panel.open', actorId })
          .then((opened) => {
            if (!opened)
              ui.openFrame({ src: drafts.frameUrl({ actor: actorId }), near, title: `Dossier: your notes about ${actor.name}` });
          })
          .catch(ui.failed('Could not open your notes'));
      },
      onNextMention: () => {
        const next = (index + 1) % ranges.length;
        deps.reveal(ranges[next]!);
        void open(actorId, next, true);
      },
      onHide: () => {
        close();
        // The actor is hidden, under every name it had on this page.
        void request({ type: 'hidden.add', name: actor.name, wordings: actor.aliases })
          .then(async (hiddenNames) => {
            await deps.rerun(hiddenNames);
            ui.status(`“${actor.name}” will not be highlighted again (undo in Dossier's options).`);
          })
          .catch(ui.failed(`Could not hide “${actor.name}”`));
      },
      onClose: close,
    };
    card.show({ ...actor, count: ranges.length || actor.count, mention: index }, near, actions, focus);
    const count = await request({ type: 'notes.countForActor', actorId }).catch(() => null);
    if (openFor === range) card.showNoteCount(count);
  };

  const hover = createHoverController(
    ctx,
    doc,
    (x, y, target) => {
      const { mentions, visible } = store.get();
      if (!mentions.targets.length || !visible) return;
      if (ui.isOwn(target as Node)) {
        hover.cancelHide();
        return;
      }
      const hit = hitTest(doc, mentions.targets, x, y, mentions.mentionRoots);
      if (hit) {
        hover.cancelHide();
        if (hit.range !== openFor) void open(hit.value.actorId, hit.value.index, false);
      } else if (card.open) {
        hover.hideSoon(close);
      }
    },
    () => {
      if (card.open) close();
      else if (ui.frameOpen) ui.closeFrame();
    },
  );

  return {
    open,
    close,
    destroy() {
      hover.destroy();
      card.hide();
      openFor = null;
    },
  };
}
