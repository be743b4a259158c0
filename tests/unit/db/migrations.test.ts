import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '@/utils/db/database';
import { notesForPage, searchNotes } from '@/utils/db/notes';
import { freshDatabases } from '../support/fresh-db';

const fresh = freshDatabases('test-migrate');

/** What a reader's database held at each schema version, written with that version's indexes. */
const FILLED_BY: Record<number, Record<string, object[]>> = {
  1: {
    notes: [
      {
        id: 'n1',
        kind: 'passage',
        body: 'kept',
        tags: ['cyber'],
        quote: 'halt operations',
        selectors: [
          { type: 'TextQuoteSelector', exact: 'halt operations', prefix: 'to ', suffix: ' against' },
          { type: 'TextPositionSelector', start: 3, end: 18 },
        ],
        actorIds: ['person/pete-hegseth'],
        topicIds: ['cyber-operations'],
        url: 'https://a.test/x',
        title: 'T',
        site: 'a.test',
        created: 1,
        updated: 2,
      },
      {
        id: 'n2',
        kind: 'page',
        body: 'Ünïcode 🇺🇦',
        tags: [],
        actorIds: [],
        topicIds: [],
        url: 'https://a.test/y',
        title: 'Y',
        site: 'a.test',
        created: 3,
        updated: 3,
      },
    ],
    pages: [
      {
        url: 'https://a.test/x',
        title: 'T',
        site: 'a.test',
        firstSeen: 1,
        lastSeen: 2,
        score: 0.9,
        actors: [{ id: 'person/pete-hegseth', name: 'Pete Hegseth', type: 'person', count: 3 }],
      },
    ],
    actors: [{ id: 'custom/1', name: 'Volt Typhoon', type: 'group', aliases: ['Bronze Silhouette'], created: 1 }],
    hidden: [{ name: 'Spring', created: 1 }],
    settings: [{ key: 'sensitivity', value: 0.5 }],
  },
};

describe('schema versions', () => {
  it('has a filled database for every version', () => {
    expect(Object.keys(FILLED_BY).map(Number)).toEqual(Object.keys(SCHEMA_VERSIONS).map(Number));
  });

  it.each(Object.keys(SCHEMA_VERSIONS).map(Number))(
    'opens a database written by version %i with every record intact and findable',
    async (version) => {
      const name = `test-migrate-${version}`;
      const old = new Dexie(name);
      old.version(version).stores(SCHEMA_VERSIONS[version]);
      for (const [table, rows] of Object.entries(FILLED_BY[version])) await old.table(table).bulkAdd(rows);
      old.close();

      const db = fresh(name);
      for (const [table, rows] of Object.entries(FILLED_BY[version])) {
        expect(await db.table(table).toArray()).toEqual(rows);
      }
      expect((await notesForPage(db, 'https://a.test/x#frag')).map((x) => x.id)).toEqual(['n1']);
      expect((await searchNotes(db, { actorId: 'person/pete-hegseth', text: 'HALT' })).map((x) => x.id)).toEqual(['n1']);
    },
  );
});
