/** The reader's own lists: names hidden as "not an actor", and the watch-list of actors. */
import type { CustomActor } from '@/utils/extract/types';
import type { DossierDB } from './database';
import type { CustomActorRecord } from './schema';

export async function addHiddenName(db: DossierDB, name: string, now: number = Date.now()): Promise<void> {
  const clean = name.trim();
  if (clean) await db.hidden.put({ name: clean, created: now });
}

export async function removeHiddenName(db: DossierDB, name: string): Promise<void> {
  await db.hidden.delete(name.trim());
}

export async function listHiddenNames(db: DossierDB): Promise<string[]> {
  return (await db.hidden.toArray()).map((h) => h.name);
}

/** Adds or replaces a watch-list entry; aliases are trimmed and de-duplicated. */
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

export async function removeCustomActor(db: DossierDB, id: string): Promise<void> {
  await db.actors.delete(id);
}

export async function listCustomActors(db: DossierDB): Promise<CustomActor[]> {
  return (await db.actors.orderBy('name').toArray()).map(({ created: _created, ...actor }) => actor);
}
