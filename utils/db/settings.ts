/** Small key/value settings (force switches, palette, sensitivity, site lists). */
import type { DossierDB } from './database';

export async function getSetting<T>(db: DossierDB, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function setSetting(db: DossierDB, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
