import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/utils/db/database';
import { searchNotes } from '@/utils/db/notes';
import type { Note } from '@/utils/db/schema';

const db = openDatabase('test-search-speed');
afterAll(() => db.delete());

const WORDS = ['sanctions', 'Kremlin', 'ceasefire', 'drone', 'Élysée', 'cyber', 'NATO', 'Hezbollah', 'treaty', 'satellite', 'embassy', 'missile'];
const word = (i: number) => WORDS[(i * 7919) % WORDS.length];

function note(i: number): Note {
  return {
    id: `n${i}`, kind: 'passage', body: `${word(i)} ${word(i + 3)} note number ${i} about ${word(i + 5)} and more words to read`,
    tags: [word(i + 1).toLowerCase()], quote: `the ${word(i + 2)} passage ${i}`, actorIds: [`person/p${i % 200}`], topicIds: [`t${i % 20}`],
    url: `https://example.com/${i % 2000}`, title: `Article ${i % 2000} on ${word(i + 4)}`, site: `site${i % 30}.test`, created: i, updated: i,
  };
}

describe('search speed', () => {
  it('answers a query over 10,000 notes within 30 ms (median of 20)', async () => {
    await db.notes.bulkAdd(Array.from({ length: 10_000 }, (_, i) => note(i)));
    const queries = [{ text: 'kremlin ceasefire' }, { text: 'elysee' }, { actorId: 'person/p7' }, { text: 'drone', site: 'site3.test' }, { text: 'number 9999' }];
    const times: number[] = [];
    for (let r = 0; r < 4; r++) {
      for (const q of queries) {
        const t0 = performance.now();
        const found = await searchNotes(db, { ...q, limit: 50 });
        times.push(performance.now() - t0);
        expect(found.length).toBeGreaterThan(0);
      }
    }
    times.sort((a, b) => a - b);
    const median = times[times.length >> 1];
    console.log(`search over 10,000 notes: median ${median.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
    expect(median).toBeLessThan(30);
  });
});
