/**
 * The one database, owned by the background (extension pages may read it directly).
 *
 * Schema history — every version stays listed, because Dexie upgrades a reader's
 * database through each step; a new version adds a line and, when data changes shape,
 * an `upgrade`, tested in tests/unit/db/migrations.test.ts, that opens a database
 * filled by every earlier version.
 */
import Dexie, { type EntityTable } from 'dexie';
import { noteWritesMiddleware } from './note-cache';
import type { CustomActorRecord, HiddenName, Note, PageRecord, Setting } from './schema';

export const DB_NAME = 'dossier';

/** Indexes of each schema version, oldest first. */
export const SCHEMA_VERSIONS: Record<number, Record<string, string>> = {
  1: {
    notes: 'id, url, *actorIds, *topicIds, *tags, updated, site, kind',
    pages: 'url, site, lastSeen',
    actors: 'id, name',
    hidden: 'name',
    settings: 'key',
  },
};

export class DossierDB extends Dexie {
  notes!: EntityTable<Note, 'id'>;
  pages!: EntityTable<PageRecord, 'url'>;
  actors!: EntityTable<CustomActorRecord, 'id'>;
  hidden!: EntityTable<HiddenName, 'name'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const [version, stores] of Object.entries(SCHEMA_VERSIONS)) {
      this.version(Number(version)).stores(stores);
    }
    this.use(noteWritesMiddleware(name));
  }
}

export const CURRENT_VERSION = Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number));

/** A handle on Dossier's database (opened lazily by Dexie on first use). */
export function openDatabase(name: string = DB_NAME): DossierDB {
  return new DossierDB(name);
}
