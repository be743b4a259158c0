import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '@/utils/export/backup';
import { applyImport, parseImport } from '@/utils/export/import';
import { freshDatabases } from '../support/fresh-db';

const DIR = join(__dirname, '../../fixtures/backups');
const files = readdirSync(DIR).filter((f) => /^v\d+\.json$/.test(f));

const fresh = freshDatabases('test-fixture');

describe('backups written by every version', () => {
  it('include one file per backup version', () => {
    expect(files).toContain('v1.json');
  });

  it.each(files)('%s imports completely and exports again unchanged', async (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const original = JSON.parse(text);
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const db = fresh();
    expect(await applyImport(db, parsed.data)).toMatchObject({
      added: original.notes.length,
      updated: 0,
      skipped: 0,
      actors: original.actors.length,
      hidden: original.hidden.length,
      settings: original.settings.length,
    });
    const again = JSON.parse(await exportBackup(db));
    const keys = { notes: 'id', pages: 'url', actors: 'id', hidden: 'name', settings: 'key' } as const;
    for (const [table, key] of Object.entries(keys)) {
      const byKey = (a: Record<string, string>, b: Record<string, string>) => a[key].localeCompare(b[key]);
      expect([...again[table]].sort(byKey)).toEqual([...original[table]].sort(byKey));
    }
  });
});
