/**
 * Note writes and reads. Only the background calls the writers (one owner of writes);
 * inputs have already been validated by the message protocol.
 */
import { normalizeUrl, siteOf } from '@/utils/url/normalize';
import type { DossierDB } from './database';
import type { NewNote, Note } from '@/utils/model/note';
import { filterNotes, type NoteQuery } from './search';

export type NotePatch = Partial<Pick<Note, 'body' | 'tags' | 'actorIds' | 'topicIds'>>;

const unique = (xs: readonly string[] | undefined) => [...new Set((xs ?? []).map((x) => x.trim()).filter(Boolean))];

/**
 * Stores a new note under the caller's id (or a fresh one); the URL is normalised so later
 * visits find it. Idempotent: when a note with that id exists (a retried send whose first
 * attempt was stored), it is returned unchanged and nothing is written.
 */
export async function addNote(db: DossierDB, input: NewNote, now: number = Date.now()): Promise<Note> {
  const url = normalizeUrl(input.url);
  const note: Note = {
    id: input.id ?? crypto.randomUUID(),
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
  return db.transaction('rw', db.notes, async () => {
    const existing = await db.notes.get(note.id);
    if (existing) return existing;
    await db.notes.add(note);
    return note;
  });
}

/** The message for an edit made on a copy of the note that another window has since changed. */
export const CHANGED_ELSEWHERE =
  'This note was changed in another window after you opened it, so your edit was not saved. Your text is still here: copy it, reopen the note, and apply it again.';

/**
 * Applies a patch and bumps `updated`; rejects with a clear message for an unknown id, and,
 * when the caller says which `updated` its copy had, for a note changed since (no lost update).
 */
export async function updateNote(
  db: DossierDB,
  id: string,
  patch: NotePatch,
  now: number = Date.now(),
  expectedUpdated?: number,
): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note) throw new Error('This note no longer exists (deleted in another window?).');
    if (expectedUpdated !== undefined && note.updated !== expectedUpdated) throw new Error(CHANGED_ELSEWHERE);
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
 * list. Reads the database's in-memory list (`allNotes`): a query over 10,000 notes takes a few
 * milliseconds once the list is loaded.
 */
export async function searchNotes(db: DossierDB, query: NoteQuery): Promise<Note[]> {
  return filterNotes(await db.allNotes(), query);
}
