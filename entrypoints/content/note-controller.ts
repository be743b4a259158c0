/**
 * Notes from the page: the selection → note gesture (the Note button beside a settled
 * selection, and the `tab.noteSelection` command) and a click on a noted passage, which
 * opens that note in extension UI. It owns its listeners and timers (through WXT's `ctx`)
 * and ends them on `destroy()`. The page is only ever handed a draft's id: the passage goes
 * to the background as a draft and the reader writes in an extension page.
 *
 * Boundary cases: a selection in Dossier's own UI, in a field or editable region, or with
 * no indexed text is not noted (the command says so in a status line); a click that ends a
 * selection, or that a page script made up, opens nothing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TextIndex } from '@/utils/dom/text-index';
import { hasSelectedText, notableSelection } from '@/utils/dom/selection';
import { hitTest } from '@/utils/hover/hit-test';
import { request } from '@/utils/messaging/channel';
import type { NoteAnchor } from '@/utils/model/note';
import type { PageStore } from '@/utils/pipeline/page-session';
import { describeSelection } from '@/utils/pipeline/page-state';
import { createSelectionController, listen, type Controller } from './controllers';
import type { InPageUi } from './in-page-ui';

export interface NoteDraft {
  kind: 'passage' | 'actor';
  quote: string;
  selectors?: NoteAnchor['selectors'];
  actorIds: string[];
}

/** Where drafts go: the side panel when it opened (`inPanel`), else the editor frame by `near`. */
export interface NoteDrafts {
  draft(draft: NoteDraft, near: DOMRect, inPanel: boolean): Promise<void>;
  /** The notebook page framed in this page, with its query. */
  frameUrl(params: Record<string, string>): string;
}

export interface NoteController extends Controller {
  /** Hands the selected passage to an extension page; false, with a status line, when there is none to note. */
  noteSelection(inPanel: boolean): Promise<boolean>;
}

export function createNoteController(
  ctx: ContentScriptContext,
  doc: Document,
  deps: { store: PageStore; ui: InPageUi; drafts: NoteDrafts; bodyIndex: () => TextIndex },
): NoteController {
  const { store, ui, drafts } = deps;

  const selected = () => {
    const { mentions, notes } = store.get();
    return notableSelection(doc, [...mentions.readRoots, ...notes.roots], (node) => ui.isOwn(node));
  };

  const noteSelection = async (inPanel: boolean): Promise<boolean> => {
    const range = selected();
    if (!range) {
      ui.status('Select a passage first, then add a note.', 'error');
      return false;
    }
    const described = describeSelection(deps.bodyIndex(), range, store.get().mentions);
    if (!described) {
      ui.status('That selection has no text Dossier can anchor a note to.', 'error');
      return false;
    }
    await drafts.draft({ kind: 'passage', ...described }, range.getBoundingClientRect(), inPanel);
    return true;
  };

  const selection = createSelectionController(
    ctx,
    doc,
    (node) => ui.isOwn(node),
    () => {
      const range = selected();
      if (!range) {
        ui.hideNoteButton();
        return;
      }
      const rects = range.getClientRects();
      const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
      ui.showNoteButton(last, () => void noteSelection(false).catch(ui.failed('Could not start a note')));
    },
    () => ui.hideNoteButton(),
  );

  // A click on a noted passage (not the end of a selection) shows that note, in extension UI.
  const events = listen(ctx);
  events.on(doc, 'click', (e) => {
    const { notes } = store.get();
    if (!e.isTrusted || !notes.ranges.size || hasSelectedText(doc) || ui.isOwn(e.target as Node)) return;
    const hit = hitTest(
      doc,
      [...notes.ranges].map(([noteId, range]) => ({ range, value: noteId })),
      e.clientX,
      e.clientY,
      notes.roots,
    );
    if (!hit) return;
    const near = hit.range.getBoundingClientRect();
    void request({ type: 'panel.open', noteId: hit.value })
      .then((opened) => {
        if (!opened) ui.openFrame({ src: drafts.frameUrl({ note: hit.value }), near, title: 'Dossier: your note' });
      })
      .catch(ui.failed('Could not open your note'));
  });

  return {
    noteSelection,
    destroy() {
      selection.destroy();
      events.stop();
    },
  };
}
