/**
 * The lossless JSON backup: every table, as stored.
 */
import type { DossierDB } from '@/utils/db/database';
import { BACKUP_FORMAT, BACKUP_VERSION } from './schema';

/**
 * Every table as one JSON document (`format: 'dossier-backup'`, current version), notes
 * newest first; `parseImport` reads it back to identical records.
 */
export async function exportBackup(db: DossierDB, now: Date = new Date()): Promise<string> {
  const [notes, pages, actors, hidden, settings] = await Promise.all([
    db.notes.orderBy('updated').reverse().toArray(),
    db.pages.toArray(),
    db.actors.toArray(),
    db.hidden.toArray(),
    db.settings.toArray(),
  ]);
  return JSON.stringify(
    { format: BACKUP_FORMAT, version: BACKUP_VERSION, exported: now.toISOString(), notes, pages, actors, hidden, settings },
    null,
    1,
  );
}
