/**
 * Named reads of the notebook and the reading history, shared by the popup, the options
 * page and the side panel (each reads through `useLiveQuery`, so every query reads its
 * tables directly: a live query re-runs on the writes to what it read).
 *
 * Boundary: an actor id no page recorded has no name here; callers show a fallback.
 */
import type { Note } from '@/utils/model/note';
import type { DossierDB } from './database';
import { notesForPage } from './notes';

/** The `limit` most recently updated notes, straight from the index (the popup's first screen). */
export function newestNotes(db: DossierDB, limit: number): Promise<Note[]> {
  return db.notes.orderBy('updated').reverse().limit(limit).toArray();
}

/** Every note, newest update first (exports). */
export function notesByUpdate(db: DossierDB): Promise<Note[]> {
  return db.notes.orderBy('updated').reverse().toArray();
}

/** Every note, in storage order (the popup's notebook, searched in memory). */
export function everyNote(db: DossierDB): Promise<Note[]> {
  return db.notes.toArray();
}

/** The notes of several pages (a page and the articles in its frames), each page's newest first. */
export async function notesForPages(db: DossierDB, urls: readonly string[]): Promise<Note[]> {
  return (await Promise.all(urls.map((u) => notesForPage(db, u)))).flat();
}

export function noteCount(db: DossierDB): Promise<number> {
  return db.notes.count();
}

export function pageCount(db: DossierDB): Promise<number> {
  return db.pages.count();
}

/** Actor id → name, from every page of the reading history (a later page's name wins). */
export async function actorNames(db: DossierDB): Promise<Map<string, string>> {
  return new Map((await db.pages.toArray()).flatMap((p) => p.actors.map((a): [string, string] => [a.id, a.name])));
}

/** The name the first recorded page gives an actor, or undefined when no page recorded it. */
export async function actorNameOf(db: DossierDB, actorId: string): Promise<string | undefined> {
  return (await db.pages.toArray()).flatMap((p) => p.actors).find((a) => a.id === actorId)?.name;
}
