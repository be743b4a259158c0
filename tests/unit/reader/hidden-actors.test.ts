import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addHiddenName, listHiddenNames, removeHiddenName } from '@/utils/db/reader-lists';
import { extract } from '@/utils/extract';
import { freshDatabases } from '../support/fresh-db';

const fresh = freshDatabases('hidden-actors');

describe('hiding an actor', () => {
  it('keeps the canonical name with its wordings, and gives the extractor both', async () => {
    const db = fresh();
    await addHiddenName(db, ' APT28 ', 1, ['Fancy Bear', 'APT28', ' ']);
    await addHiddenName(db, 'APT28', 2, ['Sofacy']);
    expect(await db.hidden.toArray()).toEqual([{ name: 'APT28', wordings: ['Fancy Bear', 'Sofacy'], created: 1 }]);
    const names = await listHiddenNames(db);
    expect(names).toEqual(['APT28', 'Fancy Bear', 'Sofacy']);
    expect(extract('Fancy Bear struck; APT28 denied it.', { hiddenNames: names }).actors).toEqual([]);
    await removeHiddenName(db, 'APT28');
    expect(await listHiddenNames(db)).toEqual([]);
  });

  it('reads entries of a bare wording, as older versions stored them', async () => {
    const db = fresh();
    await db.hidden.put({ name: 'Spring', created: 1 });
    expect(await listHiddenNames(db)).toEqual(['Spring']);
  });
});
