/**
 * The reader's whole notebook, searched and filtered: the search state (words, facet
 * filters, order), the notes that match, the facets to filter by, and the actors' names.
 * The newest notes come straight from the index and paint first; then the whole notebook
 * is read into memory so every keystroke searches it without a database trip (until then
 * a search, filter or other order reads as loading, and there is no count). Topic facets
 * are named by the lexicon, else by `pageTopics` (the reader's own topics as the page in
 * view names them), else by their id. `usePageNotes` reads the notes of given pages, live.
 */
import { useMemo, useState } from 'preact/hooks';
import { db } from '@/components/hooks/db';
import { actorName } from '@/components/notes/NoteCard';
import { NOTES_PER_SCREEN } from '@/components/notes/NoteList';
import { useLiveQuery, type LiveResult } from '@/components/use-live-query';
import * as queries from '@/utils/db/queries';
import type { Note } from '@/utils/model/note';
import { filterNotes, type NoteQuery } from '@/utils/db/search';
import type { PageState } from '@/utils/model/page';
import { TOPICS } from '@/utils/topics/lexicon';

const TOPIC_NAMES = new Map(TOPICS.map((t) => [t.id, t.name]));

export type NoteFilter = Omit<NoteQuery, 'text'>;

export function useNotebook(pageTopics: PageState['topics'] | undefined) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<NoteFilter>({});
  const [oldestFirst, setOldestFirst] = useState(false);

  const newest = useLiveQuery(() => queries.newestNotes(db, NOTES_PER_SCREEN), []);
  const painted = newest.status !== 'loading';
  const notebook = useLiveQuery(() => queries.everyNote(db), [], painted);
  const actorNames = useLiveQuery(() => queries.actorNames(db), [], painted);
  const searching = query !== '' || Object.values(filter).some(Boolean);
  const notes = useMemo(() => {
    if (notebook.status === 'loading' && !searching && !oldestFirst) return newest;
    if (notebook.status !== 'ready') return notebook;
    const found = filterNotes(notebook.value, { ...filter, text: query });
    return { status: 'ready' as const, value: oldestFirst ? found.reverse() : found };
  }, [notebook, newest, searching, query, filter, oldestFirst]);
  const facets = useMemo(() => {
    const all = notebook.status === 'ready' ? notebook.value : [];
    const names = actorNames.status === 'ready' ? actorNames.value : new Map<string, string>();
    const uniq = (xs: string[]) => [...new Set(xs)].sort((a, b) => a.localeCompare(b));
    return {
      sites: uniq(all.map((n) => n.site).filter(Boolean)),
      tags: uniq(all.flatMap((n) => n.tags)),
      actors: uniq(all.flatMap((n) => n.actorIds)).map((id) => ({ id, name: actorName(names, id) })),
      topics: uniq([...all.flatMap((n) => n.topicIds), ...(filter.topicId ? [filter.topicId] : [])]).map((id) => ({
        id,
        name: TOPIC_NAMES.get(id) ?? pageTopics?.find((t) => t.id === id)?.name ?? actorName(undefined, id),
      })),
    };
  }, [notebook, actorNames, filter.topicId, pageTopics]);

  return {
    query,
    setQuery,
    filter,
    setFilter,
    oldestFirst,
    setOldestFirst,
    searching,
    /** Changes with the search, so a list keyed by it starts again from its top. */
    searchKey: JSON.stringify([query, filter, oldestFirst]),
    notes,
    /** Whether the whole notebook is read (the notes are counted), not only its newest page. */
    complete: notebook.status === 'ready',
    facets,
    actorNames: actorNames.status === 'ready' ? actorNames.value : undefined,
    /** The notes on one topic, whatever was searched before. */
    showTopic: (topicId: string) => {
      setFilter({ topicId });
      setQuery('');
    },
  };
}

export type Notebook = ReturnType<typeof useNotebook>;

/** The notes on any of `urls` (normalized page addresses), kept live. */
export function usePageNotes(urls: readonly string[]): LiveResult<Note[]> {
  return useLiveQuery(() => queries.notesForPages(db, urls), [urls.join('\n')]);
}
