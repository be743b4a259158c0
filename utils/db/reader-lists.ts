/** The reader's own lists: names hidden as "not an actor", and the watch-list of actors. */
import type { CustomActor } from '@/utils/extract/types';
import type { DossierDB } from './database';
import type { CustomActorRecord } from './schema';

/** Hides a surface string on every page from now on; blank names are ignored, repeats kept once. */
export async function addHiddenName(db: DossierDB, name: string, now: number = Date.now()): Promise<void> {
  const clean = name.trim();
  if (clean) await db.hidden.put({ name: clean, created: now });
}

/** Shows a hidden name again; a name that was not hidden is a no-op. */
export async function removeHiddenName(db: DossierDB, name: string): Promise<void> {
  await db.hidden.delete(name.trim());
}

/** Every hidden name, in the table's key order (alphabetical by code unit). */
export async function listHiddenNames(db: DossierDB): Promise<string[]> {
  return (await db.hidden.toArray()).map((h) => h.name);
}

/**
 * Adds or replaces (same id) a watch-list entry; name and aliases are trimmed, aliases
 * de-duplicated and never equal to the name. Rejects a blank name.
 */
export async function saveCustomActor(
  db: DossierDB,
  actor: Omit<CustomActorRecord, 'created' | 'id'> & { id?: string },
  now: number = Date.now(),
): Promise<CustomActorRecord> {
  const name = actor.name.trim();
  if (!name) throw new Error('An actor needs a name.');
  const record: CustomActorRecord = {
    id: actor.id ?? `custom/${crypto.randomUUID()}`,
    name,
    type: actor.type,
    aliases: [...new Set(actor.aliases.map((a) => a.trim()).filter((a) => a && a !== name))],
    ...(actor.role?.trim() ? { role: actor.role.trim() } : {}),
    created: now,
  };
  await db.actors.put(record);
  return record;
}

/** Removes a watch-list entry; an unknown id is a no-op. */
export async function removeCustomActor(db: DossierDB, id: string): Promise<void> {
  await db.actors.delete(id);
}

/** The watch-list as the extractor takes it (without creation times), sorted by name. */
export async function listCustomActors(db: DossierDB): Promise<CustomActor[]> {
  return (await db.actors.orderBy('name').toArray()).map(({ created: _created, ...actor }) => actor);
}
