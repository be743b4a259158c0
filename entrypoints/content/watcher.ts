/**
 * The part of Dossier that runs on every page, kept small: read the page, decide, and
 * only then load the reader chunk (extractor, painter, notes UI). It answers the popup's
 * tab requests, delegating to the reader once loaded, and re-decides after client-side
 * navigation and, in bounded batches, after the page changes its text.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { focusInChildFrame } from '@/utils/dom/frames';
import { hasSelectedText } from '@/utils/dom/selection';
import { receiveTabRequest, request } from '@/utils/messaging/channel';
import type { Decision, PageConfig, PageState } from '@/utils/model/page';
import { detectPage } from '@/utils/detect';
import { indexPage, shouldAct, type PageReading } from '@/utils/pipeline/read-page';
import { nextTask } from '@/utils/schedule/slices';
import { changedChars, createChangeBatcher } from '@/utils/dynamic/change-batcher';
import type { ReaderSession } from './reader-api';
import { loadReader } from './reader-loader';

export function startWatcher(ctx: ContentScriptContext): void {
  const doc = document;
  // Null until the background has answered for this page.
  let config: PageConfig | null = null;
  let decision: Decision | null = null;
  let active = false;
  let reader: ReaderSession | null = null;
  let url = location.href;

  const openReader = async (): Promise<ReaderSession> => {
    reader ??= (await loadReader()).createSession(ctx, doc);
    return reader;
  };

  // The latest run wins: an analysis that a newer one overtook stops before it shows anything.
  let run = 0;
  const analyze = async () => {
    const mine = ++run;
    const pageConfig = await request({ type: 'page.config', url: location.href });
    if (mine !== run) return;
    config = pageConfig;
    // Dossier's UI host has no text of its own and a closed shadow root: reading never enters it.
    const { scope, index } = indexPage(doc);
    // The page gets its main thread back between reading and deciding.
    await nextTask();
    const reading: PageReading = { index, decision: detectPage(doc, scope, index, { sensitivity: pageConfig.sensitivity }) };
    decision = reading.decision;
    for (const root of reading.index.shadowRoots) observe(root);
    active = shouldAct(decision, pageConfig.force);
    // Notes come back on any page the reader annotated, detected or not.
    const hasNotes = !active && !reader && (await request({ type: 'notes.anchors' })).length > 0;
    if (mine !== run) return;
    if (active || hasNotes || reader) await (await openReader()).show(reading, pageConfig, active);
  };

  const state = (): PageState => ({
    url: location.href,
    title: doc.title,
    decision,
    active,
    force: config?.force ?? 'auto',
    forceScope: config?.forceScope ?? null,
    ...(reader?.state() ?? { highlightsVisible: false, actors: [], topics: [], orphanedNoteIds: [] }),
  });

  const onTabMessage = receiveTabRequest({
    'tab.state': () => state(),
    'tab.reanalyze': async () => {
      await analyze();
      return state();
    },
    'tab.toggle': () => reader?.toggle() ?? false,
    // Sent to every frame of the tab: the frame holding the selection answers, and only the
    // top frame, with focus not in a child frame, says that nothing is selected.
    'tab.noteSelection': async ({ inPanel }) => {
      if (!hasSelectedText(doc) && (window !== window.top || focusInChildFrame(doc))) return false;
      return (await openReader()).noteSelection(!!inPanel);
    },
    'tab.notesChanged': async ({ closeFrame }) => (await openReader()).notesChanged(closeFrame),
    'tab.revealNote': async ({ noteId }) => (await openReader()).revealNote(noteId),
    'tab.revealActor': ({ actorId, index }) => reader?.revealActor(actorId, index) ?? false,
  });
  browser.runtime.onMessage.addListener(onTabMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onTabMessage));

  const report = (err: unknown) => console.debug('[Dossier]', err);

  // Text that arrives later is read in batches; Dossier's fallback marks are not page changes
  // (its UI host sits outside <body>, under <html>, with a closed shadow root: never observed).
  const ours = (node: Node) => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el?.closest('mark[data-dossier], style[data-dossier]');
  };
  const batcher = createChangeBatcher(() => void analyze().catch(report), {
    minChars: 40,
    minInterval: 1_500,
    maxInterval: 30_000,
    schedule: (fn, ms) => ctx.setTimeout(() => ctx.requestIdleCallback(fn, { timeout: 2_000 }), ms),
    now: () => performance.now(),
  });
  const observer = new MutationObserver((records) => {
    const chars = changedChars(records, ours);
    if (chars) batcher.changed(chars);
  });
  // Shadow trees are observed once read: a mutation inside one never reaches the document's observer.
  const observed = new WeakSet<Node>();
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  };
  observe(doc.body ?? doc.documentElement);
  ctx.onInvalidated(() => observer.disconnect());
  // A new address is read again through the same batcher as changed text: a page that
  // rewrites its URL every 100 ms is read, and recorded, at the batcher's backing-off pace.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (location.href === url) return;
    url = location.href;
    batcher.changed(Number.POSITIVE_INFINITY);
  });
  void analyze().catch(report);
}
