/**
 * All notes of one database object held in memory for search: a query over 10,000 notes
 * filters an array instead of reading every note from IndexedDB again. The list is
 * reloaded after any write to the notes table — through its own database object (seen at
 * once, by the middleware below, before the write commits: a search right after an awaited
 * write never sees the old list) or from another tab, page or database object (seen
 * through Dexie's `storagemutated` event, which Dexie also relays between browsing contexts).
 *
 * Owned by the database object (`DossierDB.allNotes`); knows nothing of it but its name
 * and how to read the table. The returned array and its notes are shared between callers:
 * treat them as read-only. A failed read is not cached.
 */
import Dexie, { type DBCore, type Middleware } from 'dexie';
import type { Note } from '@/utils/model/note';

const NOTES_PART = /^idb:\/\/(.+)\/notes\//;

export class NoteCache {
  /** How many times the notes table was written; the cached list is valid for one count. */
  private generation = 0;
  private cached: { generation: number; notes: Promise<Note[]> } | null = null;
  private listening = false;

  constructor(
    private readonly dbName: string,
    private readonly readAll: () => Promise<Note[]>,
  ) {}

  /** DBCore middleware that marks the notes changed when a write is issued. */
  readonly middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'dossier-note-cache',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        if (tableName !== 'notes') return table;
        return {
          ...table,
          mutate: (req) => {
            this.generation++;
            return table.mutate(req);
          },
        };
      },
    }),
  };

  private readonly onMutated = (parts: Record<string, unknown>): void => {
    for (const part of Object.keys(parts)) {
      if (NOTES_PART.exec(part)?.[1] === this.dbName) {
        this.generation++;
        return;
      }
    }
  };

  /** Every note, in storage order. */
  all(): Promise<Note[]> {
    if (!this.listening) {
      this.listening = true;
      Dexie.on('storagemutated', this.onMutated);
    }
    const cached = this.cached;
    if (cached && cached.generation === this.generation) return cached.notes;
    const entry = { generation: this.generation, notes: this.readAll() };
    this.cached = entry;
    entry.notes.catch(() => {
      if (this.cached === entry) this.cached = null;
    });
    return entry.notes;
  }

  /** Stops listening for writes elsewhere and drops the list (the database object is closing). */
  stop(): void {
    if (this.listening) Dexie.on('storagemutated').unsubscribe(this.onMutated);
    this.listening = false;
    this.cached = null;
  }
}
