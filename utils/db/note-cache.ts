/**
 * All notes held in memory for search: a query over 10,000 notes filters an array instead
 * of reading every note from IndexedDB again. The list is reloaded after any write to the
 * notes table — through this database object (seen at once, by the middleware below) or
 * from another tab, page or database object (seen through Dexie's `storagemutated` event,
 * which Dexie also relays between browsing contexts).
 */
import Dexie, { type DBCore, type Middleware } from 'dexie';
import type { DossierDB } from './database';
import type { Note } from './schema';

/** Per database name, how many times its notes table was written; a cache is valid for one count. */
const generation = new Map<string, number>();
const caches = new WeakMap<DossierDB, { gen: number; notes: Promise<Note[]> }>();
let listening = false;

function bump(dbName: string): void {
  generation.set(dbName, (generation.get(dbName) ?? 0) + 1);
}

const NOTES_PART = /^idb:\/\/(.+)\/notes\//;

function listen(): void {
  if (listening) return;
  listening = true;
  Dexie.on('storagemutated', (parts) => {
    const names = new Set<string>();
    for (const part of Object.keys(parts)) {
      const m = NOTES_PART.exec(part);
      if (m) names.add(m[1]);
    }
    names.forEach(bump);
  });
}

/**
 * DBCore middleware that marks the notes of `dbName` changed when a write is issued, before
 * it commits: a search right after an awaited write never sees the old list.
 */
export function noteWritesMiddleware(dbName: string): Middleware<DBCore> {
  return {
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
            bump(dbName);
            return table.mutate(req);
          },
        };
      },
    }),
  };
}

/**
 * Every note, in storage order. The returned array and its notes are shared between
 * callers: treat them as read-only. A failed read is not cached.
 */
export function allNotes(db: DossierDB): Promise<Note[]> {
  listen();
  const gen = generation.get(db.name) ?? 0;
  const cached = caches.get(db);
  if (cached && cached.gen === gen) return cached.notes;
  const notes = db.notes.toArray();
  const entry = { gen, notes };
  caches.set(db, entry);
  notes.catch(() => {
    if (caches.get(db) === entry) caches.delete(db);
  });
  return notes;
}
