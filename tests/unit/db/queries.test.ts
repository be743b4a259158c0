/** The named reads the popup, options page and side panel share (issue #15 item 3). */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addNote } from '@/utils/db/notes';
import { recordPage } from '@/utils/db/pages';
import {
  actorNameOf,
  actorNames,
  everyNote,
  newestNotes,
  noteCount,
  notesByUpdate,
  notesForPages,
  pageCount,
} from '@/utils/db/queries';
import { addHiddenName, hiddenEntries, listCustomActors, saveCustomActor, watchList } from '@/utils/db/reader-lists';
import { freshDatabases } from '../support/fresh-db';

const fresh = freshDatabases('test-queries');

const note = (url: string, body: string) => ({ kind: 'page' as const, body, url, title: 'T' });
const actor = (id: string, name: string) => ({ id, name, type: 'person' as const, count: 1 });

describe('note queries', () => {
  it('newest first by last update, limited; every note; counts', async () => {
    const db = fresh();
    expect(await newestNotes(db, 2)).toEqual([]);
    const a = await addNote(db, note('https://a.test/1', 'a'), 10);
    const b = await addNote(db, note('https://a.test/2', 'b'), 30);
    const c = await addNote(db, note('https://a.test/1', 'c'), 20);
    expect((await newestNotes(db, 2)).map((x) => x.body)).toEqual(['b', 'c']);
    expect((await notesByUpdate(db)).map((x) => x.body)).toEqual(['b', 'c', 'a']);
    expect((await everyNote(db)).map((x) => x.id).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(await noteCount(db)).toBe(3);
  });

  it("the notes of several pages, each page's newest first, whatever URL form names them", async () => {
    const db = fresh();
    await addNote(db, note('https://a.test/1', 'old on 1'), 1);
    await addNote(db, note('https://a.test/1', 'new on 1'), 5);
    await addNote(db, note('https://a.test/frame', 'in frame'), 3);
    await addNote(db, note('https://a.test/other', 'elsewhere'), 4);
    const found = await notesForPages(db, ['https://a.test/1#top', 'https://a.test/frame?utm_source=x']);
    expect(found.map((x) => x.body)).toEqual(['new on 1', 'old on 1', 'in frame']);
    expect(await notesForPages(db, [])).toEqual([]);
  });
});

describe('reading-history queries', () => {
  it("names actors from the recorded pages: the map takes a later page's name, the single lookup the first", async () => {
    const db = fresh();
    expect(await actorNames(db)).toEqual(new Map());
    expect(await actorNameOf(db, 'person/x')).toBeUndefined();
    await recordPage(db, { url: 'https://a.test/1', title: 't', score: 1, actors: [actor('person/x', 'X One')] }, 1);
    await recordPage(db, { url: 'https://a.test/2', title: 't', score: 1, actors: [actor('person/x', 'X Two')] }, 2);
    expect(await actorNames(db)).toEqual(new Map([['person/x', 'X Two']]));
    expect(await actorNameOf(db, 'person/x')).toBe('X One');
    expect(await pageCount(db)).toBe(2);
  });
});

describe("the reader's lists", () => {
  it('watch-list sorted by name, as stored and as the extractor takes it; hidden names sorted with their wordings', async () => {
    const db = fresh();
    await saveCustomActor(db, { name: 'Zeta Group', type: 'group', aliases: [] }, 1);
    await saveCustomActor(db, { name: 'Alpha Cable', type: 'topic', aliases: ['alpha'] }, 2);
    expect((await watchList(db)).map((a) => [a.name, a.created])).toEqual([
      ['Alpha Cable', 2],
      ['Zeta Group', 1],
    ]);
    expect((await listCustomActors(db)).every((a) => !('created' in a))).toBe(true);
    await addHiddenName(db, 'Share', 5, ['share']);
    await addHiddenName(db, 'Menu', 6);
    expect(await hiddenEntries(db)).toEqual([
      { name: 'Menu', created: 6 },
      { name: 'Share', wordings: ['share'], created: 5 },
    ]);
  });
});
