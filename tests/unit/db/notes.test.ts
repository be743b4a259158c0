import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, openDatabase, SCHEMA_VERSIONS } from '@/utils/db/database';
import { addNote, CHANGED_ELSEWHERE, deleteNote, notesForPage, restoreNote, searchNotes, updateNote } from '@/utils/db/notes';
import type { NewNote } from '@/utils/model/note';
import { freshDatabases } from '../support/fresh-db';

const fresh = freshDatabases('test-notes');

const passage = (over: Partial<NewNote> = {}): NewNote => ({
  kind: 'passage',
  body: 'Timing matters',
  quote: 'halt operations against Russia',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'halt operations against Russia', prefix: 'from Hegseth to ', suffix: ' by the US' },
  ],
  url: 'https://www.example.com/a?utm_source=x#top',
  title: 'Hegseth halts cyber operations',
  actorIds: ['person/pete-hegseth'],
  tags: ['cyber', 'cyber', ' '],
  ...over,
});

describe('notes', () => {
  it('stores a note under the normalised URL with its site, de-duplicated tags and times', async () => {
    const db = fresh();
    const note = await addNote(db, passage(), 1000);
    expect(note).toMatchObject({
      url: 'https://www.example.com/a',
      site: 'example.com',
      tags: ['cyber'],
      created: 1000,
      updated: 1000,
    });
    expect(await notesForPage(db, 'https://www.example.com/a#other')).toEqual([note]);
  });

  it('updates, deletes and restores (undo) exactly', async () => {
    const db = fresh();
    const note = await addNote(db, passage(), 1000);
    const edited = await updateNote(db, note.id, { body: 'Edited' }, 900);
    expect(edited.body).toBe('Edited');
    expect(edited.updated).toBeGreaterThan(note.updated);
    const removed = await deleteNote(db, note.id);
    expect(removed).toEqual(edited);
    expect(await db.notes.count()).toBe(0);
    await restoreNote(db, removed!);
    expect(await db.notes.get(note.id)).toEqual(edited);
    await expect(updateNote(db, 'missing', { body: 'x' })).rejects.toThrow(/no longer exists/);
  });

  it('searches body, quote and title with every word, accent-insensitive, newest first, by index filters', async () => {
    const db = fresh();
    const a = await addNote(db, passage({ body: 'Élysée reaction expected' }), 1);
    const b = await addNote(db, passage({ body: 'Kremlin silence', actorIds: ['country/russia'], tags: ['watch'] }), 2);
    expect((await searchNotes(db, { text: 'elysee HEGSETH' })).map((x) => x.id)).toEqual([a.id]);
    expect((await searchNotes(db, { text: 'operations' })).map((x) => x.id)).toEqual([b.id, a.id]);
    expect((await searchNotes(db, { actorId: 'country/russia' })).map((x) => x.id)).toEqual([b.id]);
    expect((await searchNotes(db, { tag: 'watch', text: 'kremlin' })).map((x) => x.id)).toEqual([b.id]);
    expect(await searchNotes(db, { text: 'nothing-like-this' })).toEqual([]);
  });

  it('lands every note saved at once from several tabs', async () => {
    const db = fresh();
    await Promise.all(Array.from({ length: 50 }, (_, i) => addNote(db, passage({ body: `tab ${i}` }))));
    expect(await db.notes.count()).toBe(50);
  });
});

describe('search after writes', () => {
  it('sees a write made through this database object at once', async () => {
    const db = fresh();
    await addNote(db, passage({ body: 'first' }), 1);
    expect(await searchNotes(db, { text: 'second' })).toEqual([]);
    const second = await addNote(db, passage({ body: 'second' }), 2);
    expect(await searchNotes(db, { text: 'second' })).toEqual([second]);
    await updateNote(db, second.id, { body: 'renamed' }, 3);
    expect(await searchNotes(db, { text: 'second' })).toEqual([]);
    await db.notes.clear();
    expect(await searchNotes(db, {})).toEqual([]);
  });

  it('sees a write made through another database object (another tab or page)', async () => {
    const db = fresh();
    await addNote(db, passage({ body: 'first' }), 1);
    expect(await searchNotes(db, {})).toHaveLength(1);
    const other = new Dexie(db.name);
    other.version(CURRENT_VERSION).stores(SCHEMA_VERSIONS[CURRENT_VERSION]);
    await other.table('notes').put({ ...(await db.notes.toArray())[0], id: 'from-elsewhere', body: 'elsewhere' });
    other.close();
    await new Promise((r) => setTimeout(r, 20));
    expect((await searchNotes(db, { text: 'elsewhere' })).map((x) => x.id)).toEqual(['from-elsewhere']);
  });
});

describe('durable writes (issue #16 item 8)', () => {
  it('stores a note sent twice under the same id once', async () => {
    const db = openDatabase('test-idempotent');
    const input = { id: 'n-1', kind: 'page' as const, body: 'first', url: 'https://a.example/', title: 't' };
    const first = await addNote(db, input, 10);
    const again = await addNote(db, { ...input, body: 'retried' }, 20);
    expect(again).toEqual(first);
    expect(await db.notes.count()).toBe(1);
    await db.delete();
  });

  it('refuses an edit made on a copy another window has changed since, keeping the other edit', async () => {
    const db = openDatabase('test-conditional');
    const note = await addNote(db, { kind: 'page', body: 'v1', url: 'https://a.example/', title: 't' }, 10);
    await updateNote(db, note.id, { body: 'other window' }, 20, note.updated);
    await expect(updateNote(db, note.id, { body: 'this window' }, 30, note.updated)).rejects.toThrow(CHANGED_ELSEWHERE);
    expect((await db.notes.get(note.id))!.body).toBe('other window');
    await db.delete();
  });
});
