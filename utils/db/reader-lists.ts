/** The reader's own lists: names hidden as "not an actor", and the watch-list of actors. */
import type { CustomActor, CustomActorInput, CustomActorRecord, HiddenName } from '@/utils/model/actor';
import type { DossierDB } from './database';

/**
 * Hides an actor on every page from now on: by its canonical name, with the wordings it had
 * (kept apart from the name, trimmed, de-duplicated). Blank names are ignored; hiding a name
 * again adds the new wordings to the entry.
 */
export async function addHiddenName(
  db: DossierDB,
  name: string,
  now: number = Date.now(),
  wordings: readonly string[] = [],
): Promise<void> {
  const clean = name.trim();
  if (!clean) return;
  const old = await db.hidden.get(clean);
  const all = [...new Set([...(old?.wordings ?? []), ...wordings.map((w) => w.trim())])].filter((w) => w && w !== clean);
  await db.hidden.put({ name: clean, ...(all.length ? { wordings: all } : {}), created: old?.created ?? now });
}

/** Shows a hidden name again; a name that was not hidden is a no-op. */
export async function removeHiddenName(db: DossierDB, name: string): Promise<void> {
  await db.hidden.delete(name.trim());
}

/**
 * Every hidden name and wording, as the extractor takes them: entries in the table's key
 * order (alphabetical by code unit), each name followed by its wordings.
 */
export async function listHiddenNames(db: DossierDB): Promise<string[]> {
  return (await hiddenEntries(db)).flatMap((h) => [h.name, ...(h.wordings ?? [])]);
}

/**
 * Adds or replaces (same id) a watch-list entry; name and aliases are trimmed, aliases
 * de-duplicated and never equal to the name. Rejects a blank name.
 */
export async function saveCustomActor(
  db: DossierDB,
  actor: CustomActorInput,
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

/** The watch-list as stored (with creation times), sorted by name: the options page's list. */
export function watchList(db: DossierDB): Promise<CustomActorRecord[]> {
  return db.actors.orderBy('name').toArray();
}

/** The watch-list as the extractor takes it (without creation times), sorted by name. */
export async function listCustomActors(db: DossierDB): Promise<CustomActor[]> {
  return (await watchList(db)).map(({ created: _created, ...actor }) => actor);
}

/** The hidden names as stored, with their wordings, sorted by name: the options page's list. */
export function hiddenEntries(db: DossierDB): Promise<HiddenName[]> {
  return db.hidden.orderBy('name').toArray();
}
