import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/utils/db/database';
import { searchNotes } from '@/utils/db/notes';
import type { Note } from '@/utils/model/note';

const db = openDatabase('test-search-speed');
afterAll(() => db.delete());

const WORDS = [
  'sanctions',
  'Kremlin',
  'ceasefire',
  'drone',
  'Élysée',
  'cyber',
  'NATO',
  'Hezbollah',
  'treaty',
  'satellite',
  'embassy',
  'missile',
];
const word = (i: number) => WORDS[(i * 7919) % WORDS.length];

function note(i: number): Note {
  return {
    id: `n${i}`,
    kind: 'passage',
    body: `${word(i)} ${word(i + 3)} note number ${i} about ${word(i + 5)} and more words to read`,
    tags: [word(i + 1).toLowerCase()],
    quote: `the ${word(i + 2)} passage ${i}`,
    actorIds: [`person/p${i % 200}`],
    topicIds: [`t${i % 20}`],
    url: `https://example.com/${i % 2000}`,
    title: `Article ${i % 2000} on ${word(i + 4)}`,
    site: `site${i % 30}.test`,
    created: i,
    updated: i,
  };
}

describe('search over a large notebook', () => {
  it('answers every kind of query over 10,000 notes', async () => {
    await db.notes.bulkAdd(Array.from({ length: 10_000 }, (_, i) => note(i)));
    const queries = [
      { text: 'kremlin ceasefire' },
      { text: 'elysee' },
      { actorId: 'person/p7' },
      { text: 'drone', site: 'site3.test' },
      { text: 'number 9999' },
    ];
    for (const q of queries) {
      const found = await searchNotes(db, { ...q, limit: 50 });
      expect(found.length).toBeGreaterThan(0);
      expect(found.length).toBeLessThanOrEqual(50);
    }
    expect((await searchNotes(db, { text: 'number 9999' })).map((n) => n.id)).toEqual(['n9999']);
  });
});
