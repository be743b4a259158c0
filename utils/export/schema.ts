/**
 * The shape of a Dossier backup file, validated before anything is written. A backup is
 * a promise to the reader: a file written by any version imports into every later one,
 * so each version's shape stays here with its upgrade.
 *
 * Times are integers a `Date` can hold (see utils/model/fields.ts), so a file cannot store a
 * date that breaks the lists or the exports later.
 */
import * as v from 'valibot';
import { CustomActorRecordSchema, HiddenNameSchema } from '@/utils/model/actor';
import { NoteSchema } from '@/utils/model/note';
import { PageRecordSchema } from '@/utils/model/page';

export const BACKUP_FORMAT = 'dossier-backup';
export const BACKUP_VERSION = 1;

const pages = v.optional(v.array(PageRecordSchema), []);
const actors = v.optional(v.array(CustomActorRecordSchema), []);
const hidden = v.optional(v.array(HiddenNameSchema), []);

export const BackupV1Schema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(1),
  exported: v.string(),
  notes: v.array(NoteSchema),
  pages,
  actors,
  hidden,
  // Any key and value parse here; `parseImport` keeps only those `validSetting` accepts.
  settings: v.optional(v.array(v.object({ key: v.string(), value: v.unknown() })), []),
});

/**
 * Everything an import may write, in the current version's shape (the `import.apply`
 * message). Settings parse loosely here (this schema rides in every bundle that holds the
 * message protocol, the script on every page included); `applyImport` writes only those
 * `validSetting` accepts, as `parseImport` already filtered them.
 */
export const ImportDataSchema = v.object({
  notes: v.array(NoteSchema),
  pages,
  actors,
  hidden,
  settings: v.array(v.object({ key: v.string(), value: v.unknown() })),
});
export type ImportData = v.InferOutput<typeof ImportDataSchema>;
