/**
 * Editing, deleting and restoring the reader's notes from Dossier's pages, through the
 * background. `onChanged(note)` runs once a note is deleted or restored, so the page that
 * shows its passage paints it again. A save names the version the reader edited: a note
 * changed elsewhere meanwhile is refused, and the card keeps the typed text and says why.
 */
import type { Note } from '@/utils/model/note';
import { errorMessage } from '@/utils/db/errors';
import { request } from '@/utils/messaging/channel';
import type { Say } from './use-message';

export interface NoteActions {
  onSave: (note: Note, body: string) => Promise<void>;
  /** Resolves to the deleted note (what `restore` puts back), or null when it was already gone. */
  remove: (note: Note) => Promise<Note | null>;
  restore: (note: Note) => Promise<void>;
}

export function noteActions(onChanged: (note: Note) => void): NoteActions {
  return {
    onSave: async (note, body) => {
      await request({ type: 'note.update', id: note.id, patch: { body }, expectedUpdated: note.updated });
    },
    remove: async (note) => {
      const removed = await request({ type: 'note.delete', id: note.id });
      onChanged(note);
      return removed;
    },
    restore: async (note) => {
      await request({ type: 'note.restore', note });
      onChanged(note);
    },
  };
}

/**
 * Delete with Undo: the message says the note is gone and offers it back, and the focus
 * goes to Undo, then to the message that says the note is restored. A failed delete says
 * why; the note stays.
 */
export function undoableDelete(actions: NoteActions, say: Say): (note: Note) => Promise<void> {
  return async (note) => {
    try {
      const removed = await actions.remove(note);
      say('Note deleted.', {
        focus: true,
        undo: removed ? () => void actions.restore(removed).then(() => say('Note restored.', { focus: true })) : undefined,
      });
    } catch (err) {
      say(`Could not delete the note: ${errorMessage(err)}`);
    }
  };
}
