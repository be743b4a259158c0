/**
 * Note writes and reads. Only the background calls the writers (one owner of writes);
 * inputs have already been validated by the message protocol.
 */
import { normalizeUrl, siteOf } from '@/utils/url/normalize';
import type { DossierDB } from './database';
import { allNotes } from './note-cache';
import type { NewNote, Note } from './schema';
import { filterNotes, type NoteQuery } from './search';

export type NotePatch = Partial<Pick<Note, 'body' | 'tags' | 'actorIds' | 'topicIds'>>;

const unique = (xs: readonly string[] | undefined) => [...new Set((xs ?? []).map((x) => x.trim()).filter(Boolean))];

/** Stores a new note with a fresh id; the URL is normalised so later visits find it. */
export async function addNote(db: DossierDB, input: NewNote, now: number = Date.now()): Promise<Note> {
  const url = normalizeUrl(input.url);
  const note: Note = {
    id: crypto.randomUUID(),
    kind: input.kind,
    body: input.body,
    tags: unique(input.tags),
    ...(input.quote !== undefined ? { quote: input.quote } : {}),
    ...(input.selectors ? { selectors: input.selectors } : {}),
    actorIds: unique(input.actorIds),
    topicIds: unique(input.topicIds),
    url,
    title: input.title,
    site: siteOf(url),
    created: now,
    updated: now,
  };
  await db.notes.add(note);
  return note;
}

/** Applies a patch and bumps `updated`; rejects with a clear message for an unknown id. */
export async function updateNote(db: DossierDB, id: string, patch: NotePatch, now: number = Date.now()): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note) throw new Error('This note no longer exists (deleted in another window?).');
    const next: Note = {
      ...note,
      ...(patch.body !== undefined ? { body: patch.body } : {}),
      ...(patch.tags ? { tags: unique(patch.tags) } : {}),
      ...(patch.actorIds ? { actorIds: unique(patch.actorIds) } : {}),
      ...(patch.topicIds ? { topicIds: unique(patch.topicIds) } : {}),
      updated: Math.max(now, note.updated + 1),
    };
    await db.notes.put(next);
    return next;
  });
}

/** Removes a note and returns it, so the caller can offer Undo; undefined if absent. */
export async function deleteNote(db: DossierDB, id: string): Promise<Note | undefined> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (note) await db.notes.delete(id);
    return note;
  });
}

/** Puts a deleted note back exactly as it was (Undo). */
export async function restoreNote(db: DossierDB, note: Note): Promise<void> {
  await db.notes.put(note);
}

/** The notes of one page (any URL form of it), newest first. */
export async function notesForPage(db: DossierDB, url: string): Promise<Note[]> {
  return filterNotes(await db.notes.where('url').equals(normalizeUrl(url)).toArray(), {});
}

/**
 * Notes matching a query, newest first, with the same filter the popup applies to its live
 * list. Reads the in-memory list (see note-cache.ts): a query over 10,000 notes takes a few
 * milliseconds once the list is loaded.
 */
export async function searchNotes(db: DossierDB, query: NoteQuery): Promise<Note[]> {
  return filterNotes(await allNotes(db), query);
}
