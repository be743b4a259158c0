/**
 * The reader part of a page's session, loaded only where Dossier acts or the reader takes
 * a note: it wires the pass (extract, anchor the reader's noted passages, paint), the
 * in-page UI and the controllers together. The page session's state is one record in the
 * watcher's store (utils/pipeline/page-session.ts), replaced whole; the builders are in
 * utils/pipeline/page-state.ts; the card and the notes gestures are controllers with their
 * own listeners (card-controller.ts, note-controller.ts). The reader's words are written
 * and read only in extension pages (the notebook panel or its frame here): this module
 * hands them a draft and repaints when told a note changed.
 *
 * A pass that a newer one (or `clear()`) overtook stops at its next wait and changes
 * nothing; everything ends with the content script's context.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOwnElement } from '@/utils/dom/own-ui';
import { extractSteps } from '@/utils/extract';
import type { Extraction } from '@/utils/extract/types';
import { createTaggerLoader } from '@/utils/extract/tagger/load';
import { createPainter } from '@/utils/highlight/painter';
import { createShadowStyles } from '@/utils/highlight/shadow-styles';
import { pageLooksDark } from '@/utils/highlight/page-theme';
import { request } from '@/utils/messaging/channel';
import { runInSlices } from '@/utils/schedule/slices';
import { latestRunWins } from '@/utils/schedule/latest';
import { once } from '@/utils/schedule/once';
import { indexForNotes } from '@/utils/pipeline/read-page';
import { fetchKbFile, loadKnowledgeBase } from '@/utils/kb/load';
import type { KnowledgeBase } from '@/utils/kb/base';
import { NO_MENTIONS, NO_NOTES, paintOf, type PageStore, type Pass } from '@/utils/pipeline/page-session';
import { anchorNotes, buildMentions } from '@/utils/pipeline/page-state';
import { createInPageUi } from './in-page-ui';
import { createCardController } from './card-controller';
import { createNoteController, type NoteDrafts } from './note-controller';
import type { ReaderSession } from './reader-api';

// The name model and the knowledge base ship with the extension; each is fetched once per
// page, after a positive decision.
const loadTagger = createTaggerLoader(() => browser.runtime.getURL('/tagger.bin'));
const knowledgeBase = once(() => loadKnowledgeBase(fetchKbFile((path) => browser.runtime.getURL(path))));

export function createSession(ctx: ContentScriptContext, doc: Document, store: PageStore): ReaderSession {
  const ui = createInPageUi(ctx, doc);
  const painter = createPainter(doc);
  const shadowStyles = createShadowStyles(doc);
  const runs = latestRunWins();
  const bodyIndex = () => indexForNotes(doc.body, isOwnElement);
  store.update((s) => ({ ...s, visible: true }));

  const repaint = () => {
    const paint = paintOf(store.get());
    if (paint) painter.paint(paint);
    else painter.clear();
  };

  // The highlight styles, asked for once (again after a failure), go into the page and into `roots`.
  const css = once(() => request({ type: 'highlight.css', dark: pageLooksDark(doc), marks: !('highlights' in CSS) }));
  const ensureCss = async (roots: readonly ShadowRoot[]) => shadowStyles.add(roots, await css());

  const anchored = async () => {
    const anchors = await request({ type: 'notes.anchors' });
    return anchors.length ? anchorNotes(bodyIndex(), anchors) : NO_NOTES;
  };

  const show = async ({ reading, config, act }: Pass) => {
    store.update((s) => ({ ...s, pass: { reading, config, act }, focus: null }));
    card.close();
    painter.clear();
    const stale = runs.start();
    let extraction: Extraction | null = null;
    let kb: KnowledgeBase | null = null;
    if (act) {
      // In slices, so a long article never blocks the page for more than a frame or two.
      const [{ model, error }, base] = await Promise.all([loadTagger(), knowledgeBase()]);
      store.update((s) => ({ ...s, modelError: error, knowledgeBase: base.status }));
      kb = base.kb;
      const options = {
        customActors: config.customActors,
        hiddenNames: config.hiddenNames,
        tagger: model ?? undefined,
        ...(kb ? { kb } : {}),
      };
      extraction = await runInSlices(extractSteps(reading.index.text, options), { cancelled: stale });
      if (!extraction || stale()) return;
    }
    const mentions = buildMentions(reading.index, extraction, kb);
    const notes = await anchored();
    if (stale()) return;
    store.update((s) => ({ ...s, mentions, notes }));
    if (act || notes.ranges.size) await ensureCss([...mentions.mentionRoots, ...notes.roots]);
    repaint();
    // One reading-history record per address a document shows: later passes (live text, a
    // page that rewrites its URL every moment) do not write again.
    const url = doc.location.href;
    if (act && extraction && !store.get().recorded.has(url)) {
      store.update((s) => ({ ...s, recorded: new Set([...s.recorded, url]) }));
      void request({
        type: 'page.seen',
        url,
        title: doc.title,
        score: reading.decision.score,
        actors: mentions.actors.map(({ id, name, type, count }) => ({ id, name, type, count })),
      }).catch(() => undefined);
    }
  };

  const setFocus = (focus: Range | null, visible = store.get().visible) => {
    store.update((s) => ({ ...s, focus, visible }));
    repaint();
  };
  const reveal = (range: Range) => {
    setFocus(range, true);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  };

  const drafts: NoteDrafts = {
    frameUrl: (params) => `${browser.runtime.getURL('/sidepanel.html')}?${new URLSearchParams({ frame: '1', ...params })}`,
    async draft(draft, near, inPanel) {
      const { draftId } = await request({
        type: 'note.draft',
        ...draft,
        topicIds: store.get().mentions.topics.map((t) => t.id),
        title: doc.title,
      });
      if (inPanel) return;
      card.close();
      ui.openFrame({ src: drafts.frameUrl({ draft: draftId }), near, title: 'Dossier: add a note' });
    },
  };

  const card = createCardController(ctx, doc, {
    store,
    ui,
    drafts,
    reveal,
    // Closing the card clears the focus mark it was opened with.
    clearFocus: () => {
      if (store.get().focus) setFocus(null);
    },
    rerun: async (hiddenNames) => {
      const { pass } = store.get();
      if (pass) await show({ ...pass, config: { ...pass.config, hiddenNames } });
    },
  });
  const notesUi = createNoteController(ctx, doc, { store, ui, drafts, bodyIndex });

  const reanchor = async () => {
    const notes = await anchored();
    store.update((s) => ({ ...s, notes }));
    return notes;
  };

  ctx.onInvalidated(() => {
    runs.cancel();
    card.destroy();
    notesUi.destroy();
    painter.clear();
    shadowStyles.removeAll();
    ui.destroy();
  });

  return {
    show: (reading, config, act) => show({ reading, config, act }),
    toggle: () => {
      const visible = !store.get().visible;
      store.update((s) => ({ ...s, visible }));
      card.close();
      repaint();
      ui.status(visible ? 'Dossier highlights shown' : 'Dossier highlights hidden');
      return visible;
    },
    noteSelection: notesUi.noteSelection,
    notesChanged: async (closeFrame) => {
      if (closeFrame) ui.closeFrame();
      doc.getSelection()?.removeAllRanges();
      const notes = await reanchor();
      if (notes.ranges.size) await ensureCss(notes.roots);
      repaint();
      return true as const;
    },
    revealNote: async (noteId) => {
      const range = (store.get().notes.ranges.has(noteId) ? store.get().notes : await reanchor()).ranges.get(noteId);
      if (range) reveal(range);
      else ui.status('This note’s passage is no longer on the page (orphaned).', 'error');
      return !!range;
    },
    revealActor: (actorId, index) => {
      const ranges = store.get().mentions.byActor.get(actorId) ?? [];
      if (!ranges.length) return false;
      const i = ((index % ranges.length) + ranges.length) % ranges.length;
      reveal(ranges[i]!);
      // Asked for from the popup, often by keyboard: the card takes the focus, so Tab reaches its buttons.
      void card.open(actorId, i, true);
      return true;
    },
    clear: () => {
      runs.cancel();
      card.close();
      store.update((s) => ({ ...s, mentions: NO_MENTIONS, notes: NO_NOTES, focus: null }));
      painter.clear();
      shadowStyles.removeAll();
      ui.hideNoteButton();
    },
  };
}
