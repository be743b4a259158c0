/**
 * Settings in the database, typed by the registry (utils/model/settings.ts): a read gives
 * the setting's type whatever is stored (a bad value reads as the default), a write takes
 * only a value of that type. Per-place settings have named operations, so no caller builds
 * or parses a key: the override of a page or site, the sites the reader switched on or
 * off, a site put back to automatic, the per-site paint choice.
 *
 * Only the background writes (one owner of writes); extension pages read.
 */
import {
  placeKey,
  parsePlaceKey,
  readPlaceSetting,
  readSetting,
  SETTING_KEYS,
  type SettingInput,
  type SettingKey,
  type SettingRead,
  type SettingValue,
} from '@/utils/model/settings';
import type { ForceMode, ForceScope } from '@/utils/model/kinds';
import { normalizeUrl, siteOf } from '@/utils/url/normalize';
import type { DossierDB } from './database';

/** A setting's value, the default when never set or when what is stored does not fit. */
export async function getSetting<K extends SettingKey>(db: DossierDB, key: K): Promise<SettingValue<K>> {
  return readSetting(key, (await db.settings.get(key))?.value).value;
}

/** Stores a setting (already checked against its schema by the message protocol). */
export async function setSetting<K extends SettingKey>(db: DossierDB, key: K, value: SettingInput<K>): Promise<void> {
  await db.settings.put({ key, value });
}

export type AllSettings = { [K in SettingKey]: SettingRead<SettingValue<K>> };

/** Every fixed-key setting in one read (the options page), each with why its stored value was not used, if so. */
export async function getAllSettings(db: DossierDB): Promise<AllSettings> {
  const stored = new Map((await db.settings.bulkGet(SETTING_KEYS)).flatMap((s) => (s ? [[s.key, s.value]] : [])));
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, readSetting(key, stored.get(key))])) as AllSettings;
}

const placeOf = (scope: ForceScope, url: string) => (scope === 'page' ? normalizeUrl(url) : siteOf(url));
const forceKey = (scope: ForceScope, url: string) => placeKey(scope === 'page' ? 'forcePage' : 'forceSite', placeOf(scope, url));

/** The reader's override for a page: the page's own wins over its site's; 'auto' and null scope when neither. */
export async function forceFor(db: DossierDB, url: string): Promise<{ force: ForceMode; forceScope: ForceScope | null }> {
  const [page, site] = await db.settings.bulkGet([forceKey('page', url), forceKey('site', url)]);
  const pageMode = readPlaceSetting('forcePage', page?.value).value;
  const siteMode = readPlaceSetting('forceSite', site?.value).value;
  if (pageMode !== 'auto') return { force: pageMode, forceScope: 'page' };
  if (siteMode !== 'auto') return { force: siteMode, forceScope: 'site' };
  return { force: 'auto', forceScope: null };
}

/** Switches Dossier on, off or back to automatic for the page at `url` or its whole site. */
export async function setForce(db: DossierDB, scope: ForceScope, url: string, mode: ForceMode): Promise<void> {
  await db.settings.put({ key: forceKey(scope, url), value: mode });
}

/** The sites the reader switched on or off, in key order. */
export async function siteOverrides(db: DossierDB): Promise<{ site: string; mode: Exclude<ForceMode, 'auto'> }[]> {
  const prefix = placeKey('forceSite', '');
  const stored = await db.settings.where('key').startsWith(prefix).toArray();
  return stored.flatMap((s) => {
    const place = parsePlaceKey(s.key);
    const mode = readPlaceSetting('forceSite', s.value).value;
    return place?.key === 'forceSite' && mode !== 'auto' ? [{ site: place.place, mode }] : [];
  });
}

/** Puts a site (as `siteOverrides` names it) back to automatic. */
export async function resetSite(db: DossierDB, site: string): Promise<void> {
  await db.settings.put({ key: placeKey('forceSite', site), value: 'auto' });
}

/** The reader's per-site paint choice for the site of `url`; null when the global switch decides. */
export async function paintSiteFor(db: DossierDB, url: string): Promise<boolean | null> {
  return readPlaceSetting('paintSite', (await db.settings.get(placeKey('paintSite', siteOf(url))))?.value).value;
}

/** Sets the per-site paint choice for the site of `url`; null removes it (the global switch decides). */
export async function setPaintSite(db: DossierDB, url: string, paint: boolean | null): Promise<void> {
  const key = placeKey('paintSite', siteOf(url));
  if (paint === null) await db.settings.delete(key);
  else await db.settings.put({ key, value: paint });
}
