/**
 * The popup's *All notes* view: the search box, a filter for each facet the notebook has
 * (a facet with nothing to choose is not shown), the order, and the notes found, counted
 * once the whole notebook is read. Empty, it says how to take a first note; a search that
 * finds nothing says so with the words searched.
 */
import { NoteList, type NoteHandlers } from '@/components/notes/NoteList';
import type { Notebook } from '@/components/hooks/use-notebook';
import { ShortcutHint } from '@/components/Shortcut';

export function NotebookView({ notebook, handlers }: { notebook: Notebook; handlers: NoteHandlers }) {
  const { query, filter, setFilter, facets, notes, searching } = notebook;
  return (
    <main role="tabpanel" id="panel" aria-labelledby="tab-all">
      <input
        type="search"
        class="search"
        placeholder="Search notes, quotes and titles"
        aria-label="Search notes"
        value={query}
        onInput={(e) => notebook.setQuery((e.currentTarget as HTMLInputElement).value)}
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
            value={notebook.oldestFirst ? 'old' : 'new'}
            onChange={(e) => notebook.setOldestFirst((e.currentTarget as HTMLSelectElement).value === 'old')}
          >
            <option value="new">Newest first</option>
            <option value="old">Oldest first</option>
          </select>
        </label>
      </div>
      {notes.status === 'error' ? (
        <p class="error">Could not read your notes: {notes.error}</p>
      ) : notes.status === 'loading' ? (
        <p class="muted">Reading your notes…</p>
      ) : (
        <NoteList
          key={notebook.searchKey}
          notes={notes.value}
          countLabel={
            notebook.complete
              ? (n) => `${n.toLocaleString('en')} ${n === 1 ? 'note' : 'notes'}${searching ? ' found' : ''}`
              : undefined
          }
          actorNames={notebook.actorNames}
          {...handlers}
          empty={
            searching ? (
              <>No note matches{query ? ` “${query}”` : ''} with these filters.</>
            ) : (
              <>
                <strong>Your notebook is empty.</strong> On any page, select a passage and <ShortcutHint command="add-note" /> (or
                the <kbd>Note</kbd> button on highlighted articles). Point at a highlighted actor to note it.
              </>
            )
          }
        />
      )}
    </main>
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
