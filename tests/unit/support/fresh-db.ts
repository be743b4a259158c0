/**
 * Empty Dossier databases for a test file (fake-indexeddb): `freshDatabases(prefix)`
 * registers their deletion after each test and returns the opener. Each call opens a new
 * database named `<prefix>-<n>`, or `name` when the test prepared one itself (an old schema
 * to migrate).
 */
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { openDatabase, type DossierDB } from '@/utils/db/database';

export function freshDatabases(prefix: string): (name?: string) => DossierDB {
  let n = 0;
  const opened: DossierDB[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
  });
  return (name = `${prefix}-${++n}`) => {
    const db = openDatabase(name);
    opened.push(db);
    return db;
  };
}
