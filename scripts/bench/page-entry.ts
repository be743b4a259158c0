/**
 * Bundled into the benchmark pages (scripts/bench-browser.ts): the real modules behind
 * three functions the benchmark times in the page.
 */
import { extract, extractSteps } from '../../utils/extract';
import { nextTask, runInSlices } from '../../utils/schedule/slices';
import { extractionRanges } from '../../utils/highlight/ranges';
import { createPainter } from '../../utils/highlight/painter';
import { indexPage, readPage } from '../../utils/pipeline/read-page';
import { findScope } from '../../utils/scope';
import { buildTextIndex } from '../../utils/dom/text-index';
import { detectPage } from '../../utils/detect';
import { fetchKbFile, loadKnowledgeBase } from '../../utils/kb/load';
import { decodeModel, type TaggerModel } from '../../utils/extract/tagger/model';

const painter = createPainter(document);
// The name model, as the reader chunk has it after a positive decision (loaded before timing).
let tagger: TaggerModel | undefined;

Object.assign(window, {
  /** Loading the knowledge base as the reader chunk does: total and opening ms, or the problem. */
  dossierKbLoad: async (base: string) => {
    // Opening alone: the time from the last byte fetched to a base ready for lookups.
    let fetched = 0;
    const fetchFile = fetchKbFile((path) => `${base}${path}`);
    const { status } = await loadKnowledgeBase(async (path) => {
      const bytes = await fetchFile(path);
      fetched = Math.max(fetched, performance.now());
      return bytes;
    });
    return status.state === 'loaded' ? { total: status.ms, open: performance.now() - fetched } : status.problem;
  },
  /** Loads the name model the whole pass then uses, as the reader chunk does once per page. */
  dossierLoadTagger: async (url: string) => {
    tagger = decodeModel(new Uint8Array(await (await fetch(url)).arrayBuffer()));
    return true;
  },
  /** The cheap stage that runs on every page: scope, text index, decision. */
  dossierCheap: () => readPage(document).decision.isArticle,
  /** The cheap stage as the watcher runs it, in two tasks: both together and the longer one, in ms. */
  dossierCheapTasks: () => {
    const t0 = performance.now();
    const { scope, index } = indexPage(document);
    const t1 = performance.now();
    detectPage(document, scope, index);
    const t2 = performance.now();
    return { total: t2 - t0, longest: Math.max(t1 - t0, t2 - t1) };
  },
  /** Dossier's whole pass: detect + extract + ranges + paint. Returns the painted surfaces. */
  dossierFull: () => {
    const { index } = readPage(document);
    const extraction = extract(index.text, { tagger });
    painter.paint(extractionRanges(index, extraction).paint);
    return [...new Set([...extraction.actors, ...extraction.topics].flatMap((a) => a.mentions.map((m) => m.surface)))];
  },
  /**
   * The same pass as the content script runs it: extraction in slices between which the
   * page gets the main thread back. Resolves to the longest stretch of uninterrupted work.
   */
  dossierSliced: async () => {
    const stretches: number[] = [];
    let t = performance.now();
    const { index } = readPage(document);
    // The watcher reads the page; the reader is injected after it, in a later task.
    stretches.push(performance.now() - t);
    await nextTask();
    t = performance.now();
    const extraction = await runInSlices(extractSteps(index.text, { tagger }), {
      pause: async () => {
        stretches.push(performance.now() - t);
        await nextTask();
        t = performance.now();
      },
    });
    painter.paint(extractionRanges(index, extraction!).paint);
    stretches.push(performance.now() - t);
    return { longest: Math.max(...stretches), slices: stretches.length };
  },
  dossierClear: () => painter.clear(),
  /** The floor: one TreeWalker pass collecting the text nodes of the body and their text. */
  floor: () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
    return parts.length;
  },
  /**
   * A second, wider floor for context: the floor's text joined and split into words once —
   * the least any reader of words pays, where the floor never touches a character.
   */
  wordFloor: () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
    let words = 0;
    for (const _ of parts.join(' ').matchAll(/[\p{L}\p{N}]+/gu)) words++;
    return words;
  },
  scopeRoot: () => findScope(document).root,
  /** The cheap stage split into its parts (one run each, after the timed runs warmed up). */
  dossierStages: () => {
    const t0 = performance.now();
    const scope = findScope(document);
    const t1 = performance.now();
    const index = buildTextIndex(scope.root, { skip: scope.skip });
    const t2 = performance.now();
    detectPage(document, scope, index);
    const t3 = performance.now();
    return { scope: t1 - t0, index: t2 - t1, detect: t3 - t2 };
  },
});
