/**
 * What the popup knows about the tab it speaks about: the tab (`?tabId=` when the popup is
 * opened as a page, as the tests do; else the active tab), the page's state as its content
 * script reports it, the articles Dossier reads in frames of that page, and the reader's
 * notes on the page and on those frames. It also acts on that tab: switch Dossier on or off
 * (the page is read again), step through an actor's mentions, repaint a changed note, open
 * a note on its passage. Failures the reader should hear of go to `say`; a tab Dossier
 * cannot reach leaves `page` null with `error` saying why.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readerFrames } from '@/components/popup/reader-frames';
import { usePageNotes } from '@/components/hooks/use-notebook';
import { errorMessage } from '@/utils/db/errors';
import type { Note } from '@/utils/model/note';
import { request, requestTab } from '@/utils/messaging/channel';
import type { ForceMode } from '@/utils/model/kinds';
import type { PageState } from '@/utils/model/page';
import { normalizeUrl } from '@/utils/url/normalize';

interface TargetTab {
  id: number;
  url: string;
}

/** An article Dossier reads in a frame of the page, with the frame's id. */
export interface FramedArticle {
  frameId: number;
  state: PageState;
}

async function findTargetTab(): Promise<TargetTab | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  const tab = param
    ? await browser.tabs.get(Number(param))
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : null;
}

export function usePageState(say: (text: string) => void) {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [page, setPage] = useState<PageState | null>(null);
  const [frames, setFrames] = useState<FramedArticle[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    findTargetTab()
      .then(async (t) => {
        setTab(t);
        if (!t) return setError('No tab to look at.');
        setPage(await requestTab(t.id, { type: 'tab.state' }));
        const found = await Promise.all(
          (await readerFrames(t.id)).map(async (frameId) => ({
            frameId,
            state: await requestTab(t.id, { type: 'tab.state' }, frameId).catch(() => null),
          })),
        );
        setFrames(found.flatMap((f) => (f.state ? [{ frameId: f.frameId, state: f.state }] : [])));
      })
      .catch((err: unknown) => setError(errorMessage(err)));
  }, []);

  const pageUrl = useMemo(() => (tab ? normalizeUrl(tab.url) : null), [tab]);
  // The page's notes and those taken in its frames.
  const pageUrls = useMemo(
    () => (pageUrl ? [...new Set([pageUrl, ...frames.map((f) => normalizeUrl(f.state.url))])] : []),
    [pageUrl, frames],
  );
  const notes = usePageNotes(pageUrls);
  const frameOf = (note: Note) => frames.find((f) => normalizeUrl(f.state.url) === note.url);

  return {
    page,
    error,
    notes,
    /** Frames of the page where Dossier highlights an article. */
    framedArticles: frames.filter((f) => f.state.active && f.state.actors.length),

    /** Switches Dossier on, off or back to automatic for the page or its site, and reads the page again. */
    force: async (scope: 'page' | 'site', mode: ForceMode) => {
      if (!tab) return;
      try {
        await request({ type: 'force.set', scope, url: tab.url, mode });
        setPage(await requestTab(tab.id, { type: 'tab.reanalyze' }));
      } catch (err) {
        say(errorMessage(err));
      }
    },

    /** Shows the `index`th mention of an actor (in the top page, or in frame `frameId`) and opens its card. */
    reveal: (actorId: string, index: number, frameId = 0) => {
      if (tab) void requestTab(tab.id, { type: 'tab.revealActor', actorId, index }, frameId).catch(() => undefined);
    },

    /** A deleted or restored note of the page in view is unpainted or painted again at once. */
    repaint: (note: Note) => {
      const frameId = pageUrl === note.url ? 0 : frameOf(note)?.frameId;
      if (tab && frameId !== undefined)
        void request({ type: 'page.notesChanged', tabId: tab.id, frameId, closeFrame: false }).catch(() => undefined);
    },

    /** Scrolls to a note's passage on this page, or has the background open its page at it. */
    open: async (note: Note) => {
      const frame = frameOf(note);
      if (tab && (pageUrl === note.url || frame)) {
        const found = await requestTab(tab.id, { type: 'tab.revealNote', noteId: note.id }, frame?.frameId ?? 0).catch(
          () => false,
        );
        if (!found) say('That passage is no longer on the page; the note keeps its quote.');
      } else {
        // The background opens the page and scrolls to the passage once it has loaded: the
        // popup itself closes as soon as the new tab takes focus.
        await request({ type: 'note.open', noteId: note.id }).catch((err: unknown) => say(errorMessage(err)));
      }
    },
  };
}
