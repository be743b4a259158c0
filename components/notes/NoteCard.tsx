import type { Note } from '@/utils/db/schema';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface NoteCardProps {
  note: Note;
  orphaned?: boolean;
  onOpen?: (note: Note) => void;
  onDelete: (note: Note) => void;
}

/** One note: its passage, its text, where and when it was written, and its actions. */
export function NoteCard({ note, orphaned, onOpen, onDelete }: NoteCardProps) {
  return (
    <article class="note" aria-label={`Note on ${note.title || note.url}`}>
      {note.quote && (
        <blockquote class={orphaned ? 'quote orphaned' : 'quote'}>
          {note.quote}
          {orphaned && <span class="badge" title="The passage is no longer on the page">orphaned</span>}
        </blockquote>
      )}
      {note.body ? <p class="body">{note.body}</p> : <p class="body empty">(no text)</p>}
      <footer>
        <button type="button" class="link" onClick={() => onOpen?.(note)} title={note.url}>
          {note.title || note.url}
        </button>
        <time dateTime={new Date(note.updated).toISOString()}>{dateFormat.format(note.updated)}</time>
        <button type="button" class="danger" onClick={() => onDelete(note)} aria-label="Delete note">
          Delete
        </button>
      </footer>
    </article>
  );
}
