import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NoteList } from '@/components/notes/NoteList';
import { PagePanel } from '@/components/page/PagePanel';
import { useLiveQuery } from '@/components/use-live-query';
import { openDatabase } from '@/utils/db/database';
import { notesForPage, searchNotes } from '@/utils/db/notes';
import type { Note } from '@/utils/db/schema';
import { request, requestTab } from '@/utils/messaging/channel';
import type { ForceMode, PageState } from '@/utils/messaging/protocol';
import { normalizeUrl } from '@/utils/url/normalize';

const db = openDatabase();

interface TargetTab {
  id: number;
  url: string;
}

/** The tab the popup speaks about: `?tabId=` when opened as a page (tests), else the active tab. */
async function findTargetTab(): Promise<TargetTab | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  const tab = param
    ? await browser.tabs.get(Number(param))
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : null;
}

type View = 'page' | 'all';

export function Popup() {
  const [view, setView] = useState<View>('page');
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [page, setPage] = useState<PageState | null>(null);
  const [pageError, setPageError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<{ text: string; undo?: () => void } | null>(null);

  useEffect(() => {
    findTargetTab()
      .then(async (t) => {
        setTab(t);
        if (!t) return setPageError('No tab to look at.');
        setPage(await requestTab(t.id, { type: 'tab.state' }));
      })
      .catch((err: Error) => setPageError(err.message));
  }, []);

  const pageUrl = useMemo(() => (tab ? normalizeUrl(tab.url) : null), [tab]);
  const pageNotes = useLiveQuery(() => (pageUrl ? notesForPage(db, pageUrl) : Promise.resolve([])), [pageUrl]);
  const allNotes = useLiveQuery(() => searchNotes(db, { text: query, limit: 500 }), [query]);

  const remove = async (note: Note) => {
    try {
      const removed = await request({ type: 'note.delete', id: note.id });
      setMessage({
        text: 'Note deleted.',
        undo: removed
          ? () => {
              void request({ type: 'note.restore', note: removed }).then(() => setMessage({ text: 'Note restored.' }));
            }
          : undefined,
      });
    } catch (err) {
      setMessage({ text: `Could not delete the note: ${(err as Error).message}` });
    }
  };

  const open = async (note: Note) => {
    if (tab && pageUrl === note.url) {
      const found = await requestTab(tab.id, { type: 'tab.revealNote', noteId: note.id }).catch(() => false);
      if (!found) setMessage({ text: 'That passage is no longer on the page; the note keeps its quote.' });
    } else {
      await browser.tabs.create({ url: note.url });
    }
  };

  const force = async (scope: 'page' | 'site', mode: ForceMode) => {
    if (!tab) return;
    try {
      await request({ type: 'force.set', scope, url: tab.url, mode });
      setPage(await requestTab(tab.id, { type: 'tab.reanalyze' }));
    } catch (err) {
      setMessage({ text: (err as Error).message });
    }
  };

  const reveal = (actorId: string, index: number) => {
    if (tab) void requestTab(tab.id, { type: 'tab.revealActor', actorId, index }).catch(() => undefined);
  };

  return (
    <div class="popup">
      <header>
        <h1>
          <img src="/icon/32.png" alt="" width={20} height={20} /> Dossier
        </h1>
        <nav role="tablist" aria-label="Views">
          <button role="tab" aria-selected={view === 'page'} onClick={() => setView('page')}>
            This page
          </button>
          <button role="tab" aria-selected={view === 'all'} onClick={() => setView('all')}>
            All notes
          </button>
        </nav>
      </header>
      {message && (
        <div class="message" role="status">
          {message.text}
          {message.undo && (
            <button type="button" onClick={() => (message.undo?.(), setMessage(null))}>
              Undo
            </button>
          )}
          <button type="button" class="close" aria-label="Dismiss" onClick={() => setMessage(null)}>
            ×
          </button>
        </div>
      )}
      {view === 'page' ? (
        <main role="tabpanel" aria-label="This page">
          {page ? (
            <PagePanel state={page} onForce={force} onRevealActor={reveal} />
          ) : (
            <p class="muted">{pageError ?? 'Reading this page…'}</p>
          )}
          <h3>Notes on this page</h3>
          {pageNotes.status === 'error' ? (
            <p class="error">Could not read your notes: {pageNotes.error}</p>
          ) : (
            <NoteList
              notes={pageNotes.status === 'ready' ? pageNotes.value : []}
              orphanedIds={page?.orphanedNoteIds}
              onOpen={open}
              onDelete={remove}
              empty={
                <>
                  <strong>No notes on this page yet.</strong> Select a passage, then press <kbd>Alt+Shift+N</kbd> or
                  right-click → <em>Add note to selection</em>
                  {page?.active ? (
                    <>
                      {' '}
                      (or the <kbd>Note</kbd> button beside it)
                    </>
                  ) : null}
                  .
                </>
              }
            />
          )}
        </main>
      ) : (
        <main role="tabpanel" aria-label="All notes">
          <input
            type="search"
            class="search"
            placeholder="Search notes, quotes and titles"
            aria-label="Search notes"
            value={query}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
          {allNotes.status === 'error' ? (
            <p class="error">Could not read your notes: {allNotes.error}</p>
          ) : (
            <NoteList
              notes={allNotes.status === 'ready' ? allNotes.value : []}
              onOpen={open}
              onDelete={remove}
              empty={
                query ? (
                  <>No note matches “{query}”.</>
                ) : (
                  <>
                    <strong>Your notebook is empty.</strong> On any article, select a passage and press <kbd>Note</kbd>.
                  </>
                )
              }
            />
          )}
        </main>
      )}
    </div>
  );
}
