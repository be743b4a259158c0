import type { ComponentChildren } from 'preact';
import type { Note } from '@/utils/db/schema';
import { NoteCard } from './NoteCard';

export interface NoteListProps {
  notes: Note[];
  empty: ComponentChildren;
  orphanedIds?: readonly string[];
  onOpen?: (note: Note) => void;
  onDelete: (note: Note) => void;
  onSave: (note: Note, body: string) => Promise<void>;
}

export function NoteList({ notes, empty, orphanedIds = [], onOpen, onDelete, onSave }: NoteListProps) {
  if (!notes.length) return <div class="empty-state">{empty}</div>;
  return (
    <ul class="notes">
      {notes.map((note) => (
        <li key={note.id}>
          <NoteCard note={note} orphaned={orphanedIds.includes(note.id)} onOpen={onOpen} onDelete={onDelete} onSave={onSave} />
        </li>
      ))}
    </ul>
  );
}
