import { useEffect, useRef, useState } from 'preact/hooks';
import { formatTime, isoTime } from '@/utils/db/dates';
import { errorMessage } from '@/utils/db/errors';
import type { Note } from '@/utils/model/note';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface NoteCardProps {
  note: Note;
  orphaned?: boolean;
  /** Actor names by id: an actor note says whom it is about. Unknown ids read as their last part. */
  actorNames?: ReadonlyMap<string, string>;
  onOpen?: (note: Note) => void;
  onDelete: (note: Note) => void;
  /** Saves an edited text; a rejection keeps the editor open with the text. */
  onSave: (note: Note, body: string) => Promise<void>;
}

/** A few words of the note, so each card's buttons say which note they act on. */
function snippet(note: Note): string {
  const text = (note.body || note.quote || note.title || note.url).replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

export function actorName(names: ReadonlyMap<string, string> | undefined, id: string): string {
  return names?.get(id) ?? id.replace(/^.*\//, '').replace(/-/g, ' ');
}

/**
 * One note: whom it is about (actor notes), its passage, its text, the page (title and
 * site on their own line, cut with an ellipsis only where the line ends), when it was
 * written, and its actions. Leaving the editor (save or cancel) puts the focus back on
 * the card's Edit button, not on the page's body.
 */
export function NoteCard({ note, orphaned, actorNames, onOpen, onDelete, onSave }: NoteCardProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (draft === null && wasEditing.current) editButton.current?.focus();
    wasEditing.current = draft !== null;
  }, [draft]);
  const save = async () => {
    if (draft === null) return;
    try {
      await onSave(note, draft);
      setDraft(null);
      setError(null);
    } catch (err) {
      setError(`Could not save: ${errorMessage(err)}`);
    }
  };
  const about = note.kind === 'actor' ? note.actorIds.map((id) => actorName(actorNames, id)) : [];
  const what = snippet(note);
  return (
    <article class="note" aria-label={`Note on ${note.title || note.url}`}>
      {about.length > 0 && (
        <p class="about">
          About <strong>{about.join(', ')}</strong>
        </p>
      )}
      {note.quote && (
        <blockquote class={orphaned ? 'quote orphaned' : 'quote'}>
          {note.quote}
          {orphaned && (
            <span class="badge" title="The passage is no longer on the page">
              orphaned
            </span>
          )}
        </blockquote>
      )}
      {draft === null ? (
        note.body ? (
          <p class="body">{note.body}</p>
        ) : (
          <p class="body empty">(no text)</p>
        )
      ) : (
        <div class="edit">
          <textarea
            aria-label="Edit note"
            value={draft}
            rows={4}
            ref={(el) => el?.focus()}
            onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                setDraft(null);
              } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
            }}
          />
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <div class="edit-actions">
            <span class="muted">Ctrl+Enter saves · Esc cancels</span>
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
            <button type="button" class="primary" onClick={() => void save()}>
              Save
            </button>
          </div>
        </div>
      )}
      {note.tags.length > 0 && (
        <p class="tags">
          {note.tags.map((t) => (
            <span key={t} class="tag">
              #{t}
            </span>
          ))}
        </p>
      )}
      <p class="source">
        <button
          type="button"
          class="link"
          onClick={() => onOpen?.(note)}
          title={note.title ? `${note.title}\n${note.url}` : note.url}
        >
          {note.title || note.url}
        </button>
        {note.site && note.title ? <span class="site">{note.site}</span> : null}
      </p>
      <footer>
        <time dateTime={isoTime(note.updated)}>{formatTime(dateFormat, note.updated)}</time>
        {draft === null && (
          <button type="button" ref={editButton} onClick={() => setDraft(note.body)} aria-label={`Edit note: ${what}`}>
            Edit
          </button>
        )}
        <button type="button" class="danger" onClick={() => onDelete(note)} aria-label={`Delete note: ${what}`}>
          Delete
        </button>
      </footer>
    </article>
  );
}
