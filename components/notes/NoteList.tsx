import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Note } from '@/utils/model/note';
import { NoteCard } from './NoteCard';

/** Cards rendered at once: a notebook of thousands would otherwise take seconds to draw. */
export const NOTES_PER_SCREEN = 50;

export interface NoteListProps {
  notes: Note[];
  empty: ComponentChildren;
  /** Shown above the list, e.g. "1,204 notes"; omitted when there is nothing to count. */
  countLabel?: (count: number) => string;
  orphanedIds?: readonly string[];
  actorNames?: ReadonlyMap<string, string>;
  onOpen?: (note: Note) => void;
  onDelete: (note: Note) => void;
  onSave: (note: Note, body: string) => Promise<void>;
}

/** What the reader can do with a listed note. */
export type NoteHandlers = Pick<NoteListProps, 'onOpen' | 'onDelete' | 'onSave'>;

/**
 * The first {@link NOTES_PER_SCREEN} notes, then a "Show more" button. Give the list a
 * `key` that changes with the query so a new search starts again from the top.
 */
export function NoteList({ notes, empty, countLabel, orphanedIds = [], actorNames, onOpen, onDelete, onSave }: NoteListProps) {
  const [shown, setShown] = useState(NOTES_PER_SCREEN);
  if (!notes.length) return <div class="empty-state">{empty}</div>;
  const rest = notes.length - shown;
  return (
    <>
      {countLabel && <p class="muted count">{countLabel(notes.length)}</p>}
      <ul class="notes">
        {notes.slice(0, shown).map((note) => (
          <li key={note.id}>
            <NoteCard
              note={note}
              orphaned={orphanedIds.includes(note.id)}
              actorNames={actorNames}
              onOpen={onOpen}
              onDelete={onDelete}
              onSave={onSave}
            />
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <button type="button" class="more" onClick={() => setShown(shown + NOTES_PER_SCREEN)}>
          Show {Math.min(rest, NOTES_PER_SCREEN)} more ({rest.toLocaleString('en')} not shown)
        </button>
      )}
    </>
  );
}
