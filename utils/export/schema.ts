/**
 * The shape of a Dossier backup file, validated before anything is written. A backup is
 * a promise to the reader: a file written by any version imports into every later one,
 * so each version's shape stays here with its upgrade.
 */
import * as v from 'valibot';
import { NoteSchema } from '@/utils/db/note-schema';

export const BACKUP_FORMAT = 'dossier-backup';
export const BACKUP_VERSION = 1;

const ActorType = v.picklist(['person', 'organization', 'country', 'group']);

export const BackupV1Schema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(1),
  exported: v.string(),
  notes: v.array(NoteSchema),
  pages: v.optional(
    v.array(
      v.object({
        url: v.string(),
        title: v.string(),
        site: v.string(),
        firstSeen: v.number(),
        lastSeen: v.number(),
        score: v.number(),
        actors: v.array(v.object({ id: v.string(), name: v.string(), type: ActorType, count: v.number() })),
      }),
    ),
    [],
  ),
  actors: v.optional(
    v.array(v.object({ id: v.string(), name: v.string(), type: v.picklist([...ActorType.options, 'topic']), aliases: v.array(v.string()), role: v.optional(v.string()), created: v.number() })),
    [],
  ),
  hidden: v.optional(v.array(v.object({ name: v.string(), wordings: v.optional(v.array(v.string())), created: v.number() })), []),
  settings: v.optional(v.array(v.object({ key: v.string(), value: v.unknown() })), []),
});

/**
 * Everything an import may write, in the current version's shape (the `import.apply`
 * message). Derived with `v.omit`, a pure call: bundles that never use it (the script on
 * every page) leave it out.
 */
export const ImportDataSchema = v.omit(BackupV1Schema, ['format', 'version', 'exported']);
export type ImportData = v.InferOutput<typeof ImportDataSchema>;
