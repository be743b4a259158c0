/**
 * The part of Dossier that runs on every page, kept small: read the page, decide, and
 * only then load the reader chunk (extractor, painter, notes UI). It owns the page
 * session's store (utils/pipeline/page-session.ts), answers the popup's tab requests from
 * it, delegating to the reader once loaded, and re-decides after client-side navigation
 * and, in bounded batches, after the page changes its text. The latest analysis wins: one
 * that a newer one overtook stops before it shows anything.
 *
 * `win` is the frame it watches (its own window in the browser; a test's frame in the
 * middle-tier tests). Every listener, observer and timer ends with `ctx`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { focusInChildFrame } from '@/utils/dom/frames';
import { hasSelectedText } from '@/utils/dom/selection';
import { receiveTabRequest, request } from '@/utils/messaging/channel';
import { detectPage } from '@/utils/detect';
import { createPageStore, pageStateOf } from '@/utils/pipeline/page-session';
import { indexPage, shouldAct, type PageReading } from '@/utils/pipeline/read-page';
import { latestRunWins } from '@/utils/schedule/latest';
import { once } from '@/utils/schedule/once';
import { nextTask } from '@/utils/schedule/slices';
import { changedChars, createChangeBatcher } from '@/utils/dynamic/change-batcher';
import { loadReader } from './reader-loader';

export function startWatcher(ctx: ContentScriptContext, win: Window = window): void {
  const doc = win.document;
  const store = createPageStore(win.location.href);
  ctx.onInvalidated(() => store.destroy());
  const reader = once(async () => (await loadReader()).createSession(ctx, doc, store));
  const runs = latestRunWins();

  const analyze = async () => {
    const stale = runs.start();
    const config = await request({ type: 'page.config', url: win.location.href });
    if (stale()) return;
    // Dossier's UI host has no text of its own and a closed shadow root: reading never enters it.
    const { scope, index } = indexPage(doc);
    // The page gets its main thread back between reading and deciding.
    await nextTask();
    const reading: PageReading = { index, decision: detectPage(doc, scope, index, { sensitivity: config.sensitivity }) };
    for (const root of reading.index.shadowRoots) observe(root);
    const { active } = store.update((s) => ({
      ...s,
      config,
      decision: reading.decision,
      active: shouldAct(reading.decision, config.force),
    }));
    // Notes come back on any page the reader annotated, detected or not.
    const hasNotes = !active && !reader.value && (await request({ type: 'notes.anchors' })).length > 0;
    if (stale()) return;
    if (active || hasNotes || reader.value) await (await reader()).show(reading, config, active);
  };

  const state = () => pageStateOf(store.get(), { url: win.location.href, title: doc.title });

  const onTabMessage = receiveTabRequest({
    'tab.state': () => state(),
    'tab.reanalyze': async () => {
      await analyze();
      return state();
    },
    'tab.toggle': () => reader.value?.toggle() ?? false,
    // Sent to every frame of the tab: the frame holding the selection answers, and only the
    // top frame, with focus not in a child frame, says that nothing is selected.
    'tab.noteSelection': async ({ inPanel }) => {
      if (!hasSelectedText(doc) && (win !== win.top || focusInChildFrame(doc))) return false;
      return (await reader()).noteSelection(!!inPanel);
    },
    'tab.notesChanged': async ({ closeFrame }) => (await reader()).notesChanged(closeFrame),
    'tab.revealNote': async ({ noteId }) => (await reader()).revealNote(noteId),
    'tab.revealActor': ({ actorId, index }) => reader.value?.revealActor(actorId, index) ?? false,
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
  ctx.addEventListener(win, 'wxt:locationchange', () => {
    const url = win.location.href;
    if (url === store.get().url) return;
    store.update((s) => ({ ...s, url }));
    batcher.changed(Number.POSITIVE_INFINITY);
  });
  void analyze().catch(report);
}
