import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { actorName } from '@/components/notes/NoteCard';
import { NOTES_PER_SCREEN, NoteList } from '@/components/notes/NoteList';
import { ActorList, PagePanel } from '@/components/page/PagePanel';
import { ShortcutHint } from '@/components/Shortcut';
import { useLiveQuery } from '@/components/use-live-query';
import { openDatabase } from '@/utils/db/database';
import * as queries from '@/utils/db/queries';
import { filterNotes, type NoteQuery } from '@/utils/db/search';
import { request, requestTab } from '@/utils/messaging/channel';
import type { ForceMode } from '@/utils/model/kinds';
import type { Note } from '@/utils/model/note';
import type { PageState } from '@/utils/model/page';
import { TOPICS } from '@/utils/topics/lexicon';
import { normalizeUrl } from '@/utils/url/normalize';
import { readerFrames } from './reader-frames';

const db = openDatabase();
const TOPIC_NAMES = new Map(TOPICS.map((t) => [t.id, t.name]));

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
  // Articles Dossier reads in same-origin frames of the page, each with its frame id.
  const [frames, setFrames] = useState<{ frameId: number; state: PageState }[]>([]);
  const [pageError, setPageError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Omit<NoteQuery, 'text'>>({});
  const [oldestFirst, setOldestFirst] = useState(false);
  const [message, setMessage] = useState<{ text: string; undo?: () => void } | null>(null);
  const messageBox = useRef<HTMLDivElement>(null);
  // A deleted card takes the focus with it: it goes to the message that offers Undo, and
  // after Undo to the message that says the note is back, never to the body.
  const [focusMessage, setFocusMessage] = useState(false);
  useEffect(() => {
    if (!focusMessage || !message) return;
    (messageBox.current?.querySelector<HTMLElement>('button.undo') ?? messageBox.current)?.focus();
    setFocusMessage(false);
  }, [focusMessage, message]);
  const scroller = useRef<HTMLDivElement>(null);
  // Each view starts at its top: the scroll of the other view would leave the search box
  // under the sticky header.
  useEffect(() => scroller.current?.scrollTo({ top: 0 }), [view]);

  useEffect(() => {
    findTargetTab()
      .then(async (t) => {
        setTab(t);
        if (!t) return setPageError('No tab to look at.');
        setPage(await requestTab(t.id, { type: 'tab.state' }));
        const found = await Promise.all(
          (await readerFrames(t.id)).map(async (frameId) => ({
            frameId,
            state: await requestTab(t.id, { type: 'tab.state' }, frameId).catch(() => null),
          })),
        );
        setFrames(found.flatMap((f) => (f.state ? [{ frameId: f.frameId, state: f.state }] : [])));
      })
      .catch((err: Error) => setPageError(err.message));
  }, []);

  const framedArticles = frames.filter((f) => f.state.active && f.state.actors.length);
  const pageUrl = useMemo(() => (tab ? normalizeUrl(tab.url) : null), [tab]);
  // The page's notes and those taken in its frames.
  const pageUrls = useMemo(
    () => (pageUrl ? [...new Set([pageUrl, ...frames.map((f) => normalizeUrl(f.state.url))])] : []),
    [pageUrl, frames],
  );
  const pageNotes = useLiveQuery(() => queries.notesForPages(db, pageUrls), [pageUrls]);
  // The newest notes come straight from the index and paint first; then the whole notebook
  // is read into memory so every keystroke searches it without a database trip.
  const newest = useLiveQuery(() => queries.newestNotes(db, NOTES_PER_SCREEN), []);
  const painted = newest.status !== 'loading';
  const notebook = useLiveQuery(() => queries.everyNote(db), [], painted);
  const actorNames = useLiveQuery(() => queries.actorNames(db), [], painted);
  const searching = query !== '' || Object.values(filter).some(Boolean);
  const allNotes = useMemo(() => {
    if (notebook.status === 'loading' && !searching && !oldestFirst) return newest;
    if (notebook.status !== 'ready') return notebook;
    const found = filterNotes(notebook.value, { ...filter, text: query });
    return { status: 'ready' as const, value: oldestFirst ? found.reverse() : found };
  }, [notebook, newest, searching, query, filter, oldestFirst]);
  const facets = useMemo(() => {
    const notes = notebook.status === 'ready' ? notebook.value : [];
    const names = actorNames.status === 'ready' ? actorNames.value : new Map<string, string>();
    const uniq = (xs: string[]) => [...new Set(xs)].sort((a, b) => a.localeCompare(b));
    return {
      sites: uniq(notes.map((n) => n.site).filter(Boolean)),
      tags: uniq(notes.flatMap((n) => n.tags)),
      actors: uniq(notes.flatMap((n) => n.actorIds)).map((id) => ({ id, name: actorName(names, id) })),
      // Built-in topics by their lexicon name, the reader's own by the name this page gives them.
      topics: uniq([...notes.flatMap((n) => n.topicIds), ...(filter.topicId ? [filter.topicId] : [])]).map((id) => ({
        id,
        name: TOPIC_NAMES.get(id) ?? page?.topics.find((t) => t.id === id)?.name ?? actorName(undefined, id),
      })),
    };
  }, [notebook, actorNames, filter.topicId, page]);

  const save = async (note: Note, body: string) => {
    await request({ type: 'note.update', id: note.id, patch: { body }, expectedUpdated: note.updated });
  };

  // A deleted or restored note of the page in view is unpainted or painted again at once.
  const repaintPage = (note: Note) => {
    const frameId = pageUrl === note.url ? 0 : frames.find((f) => normalizeUrl(f.state.url) === note.url)?.frameId;
    if (tab && frameId !== undefined)
      void request({ type: 'page.notesChanged', tabId: tab.id, frameId, closeFrame: false }).catch(() => undefined);
  };

  const remove = async (note: Note) => {
    try {
      const removed = await request({ type: 'note.delete', id: note.id });
      repaintPage(note);
      setMessage({
        text: 'Note deleted.',
        undo: removed
          ? () => {
              void request({ type: 'note.restore', note: removed }).then(() => {
                repaintPage(removed);
                setMessage({ text: 'Note restored.' });
                setFocusMessage(true);
              });
            }
          : undefined,
      });
      setFocusMessage(true);
    } catch (err) {
      setMessage({ text: `Could not delete the note: ${(err as Error).message}` });
    }
  };

  const open = async (note: Note) => {
    const frame = frames.find((f) => normalizeUrl(f.state.url) === note.url);
    if (tab && (pageUrl === note.url || frame)) {
      const found = await requestTab(tab.id, { type: 'tab.revealNote', noteId: note.id }, frame?.frameId ?? 0).catch(() => false);
      if (!found) setMessage({ text: 'That passage is no longer on the page; the note keeps its quote.' });
    } else {
      // The background opens the page and scrolls to the passage once it has loaded: the
      // popup itself closes as soon as the new tab takes focus.
      await request({ type: 'note.open', noteId: note.id }).catch((err: Error) => setMessage({ text: err.message }));
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

  const reveal = (actorId: string, index: number, frameId = 0) => {
    if (tab) void requestTab(tab.id, { type: 'tab.revealActor', actorId, index }, frameId).catch(() => undefined);
  };

  return (
    // Not a tab stop of its own (Firefox makes a scrolling box one): its controls are.
    <div class="popup" ref={scroller} tabIndex={-1}>
      <header>
        <h1>
          <img src="/icon/32.png" alt="" width={20} height={20} /> Dossier
          <button type="button" class="options-link" onClick={() => void browser.runtime.openOptionsPage()}>
            Options &amp; export
          </button>
        </h1>
        <nav
          role="tablist"
          aria-label="Views"
          onKeyDown={(e) => {
            // The tab pattern: arrows, Home and End move between tabs and select them.
            const next = ({ ArrowLeft: 'page', ArrowRight: 'all', Home: 'page', End: 'all' } as Record<string, View>)[e.key];
            if (!next) return;
            e.preventDefault();
            setView(next);
            document.getElementById(`tab-${next}`)?.focus();
          }}
        >
          <button
            role="tab"
            id="tab-page"
            aria-controls="panel"
            tabIndex={view === 'page' ? 0 : -1}
            aria-selected={view === 'page'}
            onClick={() => setView('page')}
          >
            This page
          </button>
          <button
            role="tab"
            id="tab-all"
            aria-controls="panel"
            tabIndex={view === 'all' ? 0 : -1}
            aria-selected={view === 'all'}
            onClick={() => setView('all')}
          >
            All notes
          </button>
        </nav>
      </header>
      {message && (
        <div class="message" role="status" tabIndex={-1} ref={messageBox}>
          {message.text}
          {message.undo && (
            <button type="button" class="undo" onClick={() => message.undo?.()}>
              Undo
            </button>
          )}
          <button type="button" class="close" aria-label="Dismiss" onClick={() => setMessage(null)}>
            ×
          </button>
        </div>
      )}
      {view === 'page' ? (
        <main role="tabpanel" id="panel" aria-labelledby="tab-page">
          {page ? (
            <PagePanel
              state={page}
              onForce={force}
              onRevealActor={reveal}
              framed={framedArticles.length > 0}
              onTopic={(topicId) => {
                setFilter({ topicId });
                setQuery('');
                setView('all');
              }}
            />
          ) : (
            <p class="muted">{pageError ?? 'Reading this page…'}</p>
          )}
          {framedArticles.map((f) => (
            <section key={f.frameId} class="frame" aria-label={`In a frame: ${f.state.title || f.state.url}`}>
              <h3>Highlighted in a frame</h3>
              <p class="frame-title">{f.state.title || f.state.url}</p>
              <ActorList state={f.state} onRevealActor={(actorId, index) => reveal(actorId, index, f.frameId)} />
            </section>
          ))}
          <h3>Notes on this page</h3>
          {pageNotes.status === 'error' ? (
            <p class="error">Could not read your notes: {pageNotes.error}</p>
          ) : (
            <NoteList
              notes={pageNotes.status === 'ready' ? pageNotes.value : []}
              orphanedIds={page?.orphanedNoteIds}
              actorNames={actorNames.status === 'ready' ? actorNames.value : undefined}
              onOpen={open}
              onDelete={remove}
              onSave={save}
              empty={
                <>
                  <strong>No notes on this page yet.</strong> Select a passage, then <ShortcutHint command="add-note" /> or
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
        <main role="tabpanel" id="panel" aria-labelledby="tab-all">
          <input
            type="search"
            class="search"
            placeholder="Search notes, quotes and titles"
            aria-label="Search notes"
            value={query}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
          <div class="filters">
            <FacetSelect
              label="Actor"
              value={filter.actorId}
              options={facets.actors.map((a) => [a.id, a.name])}
              onChange={(actorId) => setFilter({ ...filter, actorId })}
            />
            <FacetSelect
              label="Topic"
              value={filter.topicId}
              options={facets.topics.map((t) => [t.id, t.name])}
              onChange={(topicId) => setFilter({ ...filter, topicId })}
            />
            <FacetSelect
              label="Tag"
              value={filter.tag}
              options={facets.tags.map((t) => [t, `#${t}`])}
              onChange={(tag) => setFilter({ ...filter, tag })}
            />
            <FacetSelect
              label="Site"
              value={filter.site}
              options={facets.sites.map((t) => [t, t])}
              onChange={(site) => setFilter({ ...filter, site })}
            />
            <label>
              <span class="visually-hidden">Order</span>
              <select
                aria-label="Order"
                value={oldestFirst ? 'old' : 'new'}
                onChange={(e) => setOldestFirst((e.currentTarget as HTMLSelectElement).value === 'old')}
              >
                <option value="new">Newest first</option>
                <option value="old">Oldest first</option>
              </select>
            </label>
          </div>
          {allNotes.status === 'error' ? (
            <p class="error">Could not read your notes: {allNotes.error}</p>
          ) : allNotes.status === 'loading' ? (
            <p class="muted">Reading your notes…</p>
          ) : (
            <NoteList
              key={JSON.stringify([query, filter, oldestFirst])}
              notes={allNotes.value}
              countLabel={
                notebook.status === 'ready'
                  ? (n) => `${n.toLocaleString('en')} ${n === 1 ? 'note' : 'notes'}${searching ? ' found' : ''}`
                  : undefined
              }
              actorNames={actorNames.status === 'ready' ? actorNames.value : undefined}
              onOpen={open}
              onDelete={remove}
              onSave={save}
              empty={
                searching ? (
                  <>No note matches{query ? ` “${query}”` : ''} with these filters.</>
                ) : (
                  <>
                    <strong>Your notebook is empty.</strong> On any page, select a passage and <ShortcutHint command="add-note" />{' '}
                    (or the <kbd>Note</kbd> button on highlighted articles). Point at a highlighted actor to note it.
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

function FacetSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value?: string;
  options: [string, string][];
  onChange: (v: string | undefined) => void;
}) {
  if (!options.length) return null;
  return (
    <select
      aria-label={`Filter by ${label.toLowerCase()}`}
      value={value ?? ''}
      onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value || undefined)}
    >
      <option value="">Any {label.toLowerCase()}</option>
      {options.map(([v, name]) => (
        <option key={v} value={v}>
          {name}
        </option>
      ))}
    </select>
  );
}
