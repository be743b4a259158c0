import { useState } from 'preact/hooks';
import { formatTime, isoTime } from '@/utils/db/dates';
import type { Note } from '@/utils/db/schema';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface NoteCardProps {
  note: Note;
  orphaned?: boolean;
  onOpen?: (note: Note) => void;
  onDelete: (note: Note) => void;
  /** Saves an edited text; a rejection keeps the editor open with the text. */
  onSave: (note: Note, body: string) => Promise<void>;
}

/** One note: its passage, its text, where and when it was written, and its actions. */
export function NoteCard({ note, orphaned, onOpen, onDelete, onSave }: NoteCardProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (draft === null) return;
    try {
      await onSave(note, draft);
      setDraft(null);
      setError(null);
    } catch (err) {
      setError(`Could not save: ${(err as Error).message}`);
    }
  };
  return (
    <article class="note" aria-label={`Note on ${note.title || note.url}`}>
      {note.quote && (
        <blockquote class={orphaned ? 'quote orphaned' : 'quote'}>
          {note.quote}
          {orphaned && <span class="badge" title="The passage is no longer on the page">orphaned</span>}
        </blockquote>
      )}
      {draft === null ? (
        note.body ? <p class="body">{note.body}</p> : <p class="body empty">(no text)</p>
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
          {error && <p class="error" role="alert">{error}</p>}
          <div class="edit-actions">
            <span class="muted">Ctrl+Enter saves · Esc cancels</span>
            <button type="button" onClick={() => setDraft(null)}>Cancel</button>
            <button type="button" class="primary" onClick={() => void save()}>Save</button>
          </div>
        </div>
      )}
      <footer>
        <button type="button" class="link" onClick={() => onOpen?.(note)} title={note.url}>
          {note.title || note.url}
        </button>
        <time dateTime={isoTime(note.updated)}>{formatTime(dateFormat, note.updated)}</time>
        {draft === null && (
          <button type="button" onClick={() => setDraft(note.body)} aria-label="Edit note">
            Edit
          </button>
        )}
        <button type="button" class="danger" onClick={() => onDelete(note)} aria-label="Delete note">
          Delete
        </button>
      </footer>
    </article>
  );
}
