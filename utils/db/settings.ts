/** Small key/value settings (force switches, palette, sensitivity, site lists). */
import type { DossierDB } from './database';

/** The stored value of `key`, or undefined when never set; the caller names the type it stored. */
export async function getSetting<T>(db: DossierDB, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

/** Stores `value` (anything structured-cloneable) under `key`, replacing what was there. */
export async function setSetting(db: DossierDB, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
