/**
 * The one database, owned by the background (extension pages may read it directly), with
 * its in-memory list of notes for search (`allNotes`, see note-cache.ts).
 *
 * Schema history — every version stays listed, because Dexie upgrades a reader's
 * database through each step; a new version adds a line and, when data changes shape,
 * an `upgrade`, tested in tests/unit/db/migrations.test.ts, that opens a database
 * filled by every earlier version.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { CustomActorRecord, HiddenName } from '@/utils/model/actor';
import type { Note } from '@/utils/model/note';
import type { PageRecord } from '@/utils/model/page';
import { NoteCache } from './note-cache';

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

/** A stored setting: its value is checked by the settings registry when read (utils/db/settings.ts). */
export interface StoredSetting {
  key: string;
  value: unknown;
}

export class DossierDB extends Dexie {
  notes!: EntityTable<Note, 'id'>;
  pages!: EntityTable<PageRecord, 'url'>;
  actors!: EntityTable<CustomActorRecord, 'id'>;
  hidden!: EntityTable<HiddenName, 'name'>;
  settings!: EntityTable<StoredSetting, 'key'>;
  private readonly noteCache: NoteCache;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const [version, stores] of Object.entries(SCHEMA_VERSIONS)) {
      this.version(Number(version)).stores(stores);
    }
    this.noteCache = new NoteCache(name, () => this.notes.toArray());
    this.use(this.noteCache.middleware);
  }

  /**
   * Every note, in storage order, from memory once read: reloaded after any write to the
   * notes table, here or elsewhere. Shared between callers: treat it as read-only.
   */
  allNotes(): Promise<Note[]> {
    return this.noteCache.all();
  }

  override close(options?: { disableAutoOpen: boolean }): void {
    this.noteCache.stop();
    super.close(options);
  }
}

export const CURRENT_VERSION = Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number));

/** A handle on Dossier's database (opened lazily by Dexie on first use). */
export function openDatabase(name: string = DB_NAME): DossierDB {
  return new DossierDB(name);
}
