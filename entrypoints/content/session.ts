/**
 * The reader part of a page's session, loaded only where Dossier acts or the reader takes
 * a note: extraction, painting, the reader's noted passages anchored (where, never what
 * the reader wrote), the hover card and the Note button. The reader's words are written
 * and read only in extension pages (the notebook panel or its frame here): this module
 * hands them a draft and repaints when told a note changed. The watcher (watcher.ts)
 * decides and hands over the page reading; the gestures are controllers.ts; everything
 * that decides lives in utils/.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TextIndex } from '@/utils/dom/text-index';
import { isOwnElement } from '@/utils/dom/own-ui';
import { selectionQuote } from '@/utils/anchor/quote';
import { hasSelectedText, selectionRange } from '@/utils/dom/selection';
import { extractSteps } from '@/utils/extract';
import type { Extraction } from '@/utils/extract/types';
import { createTaggerLoader } from '@/utils/extract/tagger/load';
import { createPainter } from '@/utils/highlight/painter';
import { createShadowStyles } from '@/utils/highlight/shadow-styles';
import { pageLooksDark } from '@/utils/highlight/page-theme';
import { request } from '@/utils/messaging/channel';
import { runInSlices } from '@/utils/schedule/slices';
import { indexForNotes, type PageReading } from '@/utils/pipeline/read-page';
import type { NoteAnchor } from '@/utils/model/note';
import type { PageConfig } from '@/utils/model/page';
import { actorsIn } from '@/utils/highlight/actors-in';
import { fetchKbFile, loadKnowledgeBase, type KbLoad } from '@/utils/kb/load';
import {
  anchorNotes,
  buildMentions,
  NO_MENTIONS,
  NO_NOTES,
  type AnchoredNotes,
  type Mentions,
} from '@/utils/pipeline/page-state';
import { createInPageUi } from './in-page-ui';
import { createHoverCard } from './hover-card';
import { createHoverController, createSelectionController } from './controllers';
import { hitTest } from '@/utils/hover/hit-test';
import type { ReaderSession, ReaderState } from './reader-api';

// The name model and the knowledge base ship with the extension; each is fetched once per
// page, after a positive decision.
const loadTagger = createTaggerLoader(() => browser.runtime.getURL('/tagger.bin'));
let kbLoad: Promise<KbLoad> | null = null;
const knowledgeBase = () => (kbLoad ??= loadKnowledgeBase(fetchKbFile((path) => browser.runtime.getURL(path))));

export function createSession(ctx: ContentScriptContext, doc: Document): ReaderSession {
  const ui = createInPageUi(doc);
  const painter = createPainter(doc);
  const shadowStyles = createShadowStyles(doc);

  // The page's state: two records, each replaced whole (see utils/pipeline/page-state.ts).
  let mentions: Mentions = NO_MENTIONS;
  const recorded = new Set<string>();
  let modelError: string | undefined;
  let kb: KbLoad | null = null;
  let notes: AnchoredNotes = NO_NOTES;
  let visible = true;
  let focus: Range | null = null;
  let last: { reading: PageReading; config: PageConfig; act: boolean } | null = null;
  const card = createHoverCard(doc, ui.root);
  let cardFor: Range | null = null;
  let css: Promise<string> | null = null;
  // Each show() gets a number; a slower, older one stops when a newer one has started.
  let generation = 0;

  const bodyIndex = (): TextIndex => indexForNotes(doc.body, isOwnElement);

  const repaint = () => {
    if (!visible) {
      painter.clear();
      return;
    }
    painter.paint({
      ...mentions.paint,
      note: [...notes.ranges.values()],
      focus: focus ? [focus] : [],
    });
  };

  /** Puts the highlight styles in the page once (asked again after a failure), and into `roots`. */
  const ensureCss = async (roots: readonly ShadowRoot[]) => {
    if (!css) {
      css = request({ type: 'highlight.css', dark: pageLooksDark(doc), marks: !('highlights' in CSS) });
      css.catch(() => {
        css = null;
      });
    }
    shadowStyles.add(roots, await css);
  };

  const reanchor = async () => {
    const anchors = await request({ type: 'notes.anchors' });
    notes = anchors.length ? anchorNotes(bodyIndex(), anchors) : NO_NOTES;
  };

  const show = async (reading: PageReading, config: PageConfig, act: boolean) => {
    last = { reading, config, act };
    closeCard();
    painter.clear();
    focus = null;
    const run = ++generation;
    let extraction: Extraction | null = null;
    if (act) {
      // In slices, so a long article never blocks the page for more than a frame or two.
      const [{ model, error }, base] = await Promise.all([loadTagger(), knowledgeBase()]);
      modelError = error;
      kb = base;
      const options = {
        customActors: config.customActors,
        hiddenNames: config.hiddenNames,
        tagger: model ?? undefined,
        ...(kb.kb ? { kb: kb.kb } : {}),
      };
      extraction = await runInSlices(extractSteps(reading.index.text, options), { cancelled: () => run !== generation });
      if (!extraction || run !== generation) return;
    }
    mentions = buildMentions(reading.index, extraction, kb?.kb ?? null);
    await reanchor();
    if (run !== generation) return;
    if (act || notes.ranges.size) await ensureCss([...mentions.mentionRoots, ...notes.roots]);
    repaint();
    // One reading-history record per address a document shows: later passes (live text, a
    // page that rewrites its URL every moment) do not write again.
    if (act && extraction && !recorded.has(location.href)) {
      recorded.add(location.href);
      void request({
        type: 'page.seen',
        url: location.href,
        title: doc.title,
        score: reading.decision.score,
        actors: mentions.actors.map(({ id, name, type, count }) => ({ id, name, type, count })),
      }).catch(() => undefined);
    }
  };

  const state = (): ReaderState => ({
    highlightsVisible: visible,
    actors: mentions.actors,
    topics: mentions.topics,
    orphanedNoteIds: notes.orphaned,
    ...(modelError ? { modelError } : {}),
    ...(kb ? { knowledgeBase: kb.status } : {}),
  });

  // Closing the card clears the focus mark it was opened with.
  const closeCard = () => {
    card.hide();
    cardFor = null;
    if (focus) {
      focus = null;
      repaint();
    }
  };

  const frameUrl = (params: Record<string, string>) =>
    `${browser.runtime.getURL('/sidepanel.html')}?${new URLSearchParams({ frame: '1', ...params })}`;

  /** Hands a passage to an extension page to be noted: the side panel when it opened, else the editor frame here. */
  const draftNote = async (
    draft: { kind: 'passage' | 'actor'; quote: string; selectors?: NoteAnchor['selectors']; actorIds: string[] },
    near: DOMRect,
    inPanel: boolean,
  ) => {
    const { draftId } = await request({
      type: 'note.draft',
      ...draft,
      topicIds: mentions.topics.map((t) => t.id),
      title: doc.title,
    });
    if (inPanel) return;
    closeCard();
    ui.openFrame({ src: frameUrl({ draft: draftId }), near, title: 'Dossier: add a note' });
  };

  /** Opens the card for the `index`-th mention of an actor, near that mention. */
  const openCard = async (actorId: string, index: number, focusCard: boolean) => {
    const actor = mentions.byId.get(actorId);
    const range = mentions.byActor.get(actorId)?.[index];
    if (!actor || !range) return;
    cardFor = range;
    const near = range.getBoundingClientRect();
    const fail = (what: string) => (err: unknown) =>
      ui.status(`${what}: ${err instanceof Error ? err.message : String(err)}`, 'error');
    const actions = {
      onAddNote: () => {
        closeCard();
        void draftNote({ kind: 'actor', quote: actor.name, actorIds: [actor.id] }, near, false).catch(
          fail('Could not start a note'),
        );
      },
      // The side panel where the browser lets a page's click open it (Chrome), else the same page in a frame here.
      onOpenNotes: () => {
        closeCard();
        void request({ type: 'panel.open', actorId })
          .then((opened) => {
            if (!opened)
              ui.openFrame({ src: frameUrl({ actor: actorId }), near, title: `Dossier: your notes about ${actor.name}` });
          })
          .catch(fail('Could not open your notes'));
      },
      onNextMention: () => {
        const ranges = mentions.byActor.get(actorId) ?? [];
        const next = (index + 1) % ranges.length;
        reveal(ranges[next]!);
        void openCard(actorId, next, true);
      },
      onHide: () => {
        closeCard();
        // The actor is hidden, under every name it had on this page.
        void request({ type: 'hidden.add', name: actor.name, wordings: actor.aliases })
          .then(async (hiddenNames) => {
            if (last) await show(last.reading, { ...last.config, hiddenNames }, last.act);
            ui.status(`“${actor.name}” will not be highlighted again (undo in Dossier's options).`);
          })
          .catch((err) =>
            ui.status(`Could not hide “${actor.name}”: ${err instanceof Error ? err.message : String(err)}`, 'error'),
          );
      },
      onClose: closeCard,
    };
    card.show(
      { ...actor, count: mentions.byActor.get(actorId)?.length ?? actor.count, mention: index },
      near,
      actions,
      focusCard,
    );
    const count = await request({ type: 'notes.countForActor', actorId }).catch(() => null);
    if (cardFor === range) card.showNoteCount(count);
  };

  const onPointer = (x: number, y: number, target: EventTarget | null) => {
    if (!mentions.targets.length || !visible) return;
    if (ui.isOwn(target as Node)) {
      hover.cancelHide();
      return;
    }
    const hit = hitTest(doc, mentions.targets, x, y, mentions.mentionRoots);
    if (hit) {
      hover.cancelHide();
      if (hit.range !== cardFor) void openCard(hit.value.actorId, hit.value.index, false);
    } else if (card.open) {
      hover.hideSoon(closeCard);
    }
  };
  const hover = createHoverController(ctx, doc, onPointer, () => {
    if (card.open) closeCard();
    else if (ui.frameOpen) ui.closeFrame();
  });

  const reveal = (range: Range) => {
    focus = range;
    visible = true;
    repaint();
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  };

  const selectedRange = (): Range | null => {
    const range = selectionRange(doc, [...mentions.readRoots, ...notes.roots]);
    if (!range?.toString().trim()) return null;
    const container = range.commonAncestorContainer;
    const el = container.nodeType === 1 ? (container as Element) : container.parentElement;
    if (!el || ui.isOwn(el) || el.closest('input, textarea, [contenteditable]:not([contenteditable="false"])')) return null;
    return range;
  };

  const noteSelection = async (inPanel: boolean): Promise<boolean> => {
    const range = selectedRange();
    if (!range) {
      ui.status('Select a passage first, then add a note.', 'error');
      return false;
    }
    const described = selectionQuote(bodyIndex(), range);
    if (!described) {
      ui.status('That selection has no text Dossier can anchor a note to.', 'error');
      return false;
    }
    await draftNote(
      { kind: 'passage', ...described, actorIds: actorsIn(mentions.byActor, range) },
      range.getBoundingClientRect(),
      inPanel,
    );
    return true;
  };

  const selection = createSelectionController(
    ctx,
    doc,
    (node) => ui.isOwn(node),
    () => {
      const range = selectedRange();
      if (!range) {
        ui.hideNoteButton();
        return;
      }
      const rects = range.getClientRects();
      const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
      ui.showNoteButton(
        last,
        () =>
          void noteSelection(false).catch((err) =>
            ui.status(`Could not start a note: ${err instanceof Error ? err.message : String(err)}`, 'error'),
          ),
      );
    },
    () => ui.hideNoteButton(),
  );

  // A click on a noted passage (not the end of a selection) shows that note, in extension UI.
  ctx.addEventListener(doc, 'click', (e) => {
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
        if (!opened) ui.openFrame({ src: frameUrl({ note: hit.value }), near, title: 'Dossier: your note' });
      })
      .catch((err) => ui.status(`Could not open your note: ${err instanceof Error ? err.message : String(err)}`, 'error'));
  });
  ctx.onInvalidated(() => {
    hover.destroy();
    selection.destroy();
    painter.clear();
    shadowStyles.removeAll();
    ui.destroy();
  });

  return {
    show,
    state,
    toggle: () => {
      visible = !visible;
      closeCard();
      repaint();
      ui.status(visible ? 'Dossier highlights shown' : 'Dossier highlights hidden');
      return visible;
    },
    noteSelection,
    notesChanged: async (closeFrame) => {
      if (closeFrame) ui.closeFrame();
      doc.getSelection()?.removeAllRanges();
      await reanchor();
      if (notes.ranges.size) await ensureCss(notes.roots);
      repaint();
      return true as const;
    },
    revealNote: async (noteId) => {
      if (!notes.ranges.has(noteId)) await reanchor();
      const range = notes.ranges.get(noteId);
      if (range) reveal(range);
      else ui.status('This note’s passage is no longer on the page (orphaned).', 'error');
      return !!range;
    },
    revealActor: (actorId, index) => {
      const ranges = mentions.byActor.get(actorId) ?? [];
      if (!ranges.length) return false;
      const i = ((index % ranges.length) + ranges.length) % ranges.length;
      reveal(ranges[i]!);
      // Asked for from the popup, often by keyboard: the card takes the focus, so Tab reaches its buttons.
      void openCard(actorId, i, true);
      return true;
    },
    clear: () => {
      generation++;
      closeCard();
      mentions = NO_MENTIONS;
      notes = NO_NOTES;
      focus = null;
      painter.clear();
      shadowStyles.removeAll();
      ui.hideNoteButton();
    },
  };
}
