/**
 * Note search as a pure filter, so the popup can search a live list in memory on every
 * keystroke and the database helpers give the same answers.
 */
import type { Note } from '@/utils/model/note';

export interface NoteQuery {
  /**
   * Words that must all occur (case- and accent-insensitive) in body, quote, title or tags,
   * in any form: each is matched by its stem (`wordStem`) anywhere in a word, so "retreats"
   * finds "retreat" and "retreating", and "sanction" finds "sanctions".
   */
  text?: string;
  actorId?: string;
  topicId?: string;
  tag?: string;
  site?: string;
  limit?: number;
}

/** Lowercased, accents stripped: "Zelenskyy" and "ZELENSKYY", "Élysée" and "elysee" meet. */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A word cut to the part its English forms share: one ending ("-ings", "-ing", "-ed",
 * "-ies", "-es", "-s", "-e") comes off, leaving at least three letters. Words of four
 * letters or fewer, and "-ss"/"-us" endings ("press", "campus"), stay whole. Crude on
 * purpose: the stem is matched inside words, so a short stem only finds a little more.
 */
export function wordStem(word: string): string {
  if (word.length <= 4 || /(ss|us)$/.test(word)) return word;
  const ending = /(ings|ing|ed|ies|es|s|e)$/.exec(word)?.[0];
  return ending && word.length - ending.length >= 3 ? word.slice(0, -ending.length) : word;
}

export function queryWords(text: string | undefined): string[] {
  return text ? foldText(text).split(/\s+/).filter(Boolean).map(wordStem) : [];
}

const haystacks = new WeakMap<Note, string>();

function haystack(note: Note): string {
  let h = haystacks.get(note);
  if (h === undefined) {
    h = foldText([note.body, note.quote ?? '', note.title, note.tags.join(' '), note.site].join('\n'));
    haystacks.set(note, h);
  }
  return h;
}

/** True when the note satisfies every field of the query; an empty query matches all. */
export function matchesNote(note: Note, query: NoteQuery, words = queryWords(query.text)): boolean {
  if (query.actorId && !note.actorIds.includes(query.actorId)) return false;
  if (query.topicId && !note.topicIds.includes(query.topicId)) return false;
  if (query.tag && !note.tags.includes(query.tag)) return false;
  if (query.site && note.site !== query.site) return false;
  if (!words.length) return true;
  const h = haystack(note);
  return words.every((w) => h.includes(w));
}

/** Newest first (by last update, then creation), the order every list of notes uses. */
export function newestFirst(a: Note, b: Note): number {
  return b.updated - a.updated || b.created - a.created;
}

/** Filters and sorts a list of notes; `limit` caps the result after sorting. */
export function filterNotes(notes: readonly Note[], query: NoteQuery): Note[] {
  const words = queryWords(query.text);
  const found = notes.filter((n) => matchesNote(n, query, words)).sort(newestFirst);
  return query.limit ? found.slice(0, query.limit) : found;
}
