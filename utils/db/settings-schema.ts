/**
 * What each setting may hold: the one schema shared by `setting.set` (the options page)
 * and backup import, so a file cannot store what the options page could not. A key not
 * listed here is not a Dossier setting and is dropped on import; a listed key whose value
 * does not fit is dropped too (the reader keeps the default). Every schema is flat or one
 * level deep, so no stored setting is ever nested deeper than that.
 */
import * as v from 'valibot';

export const ForceModeSchema = v.picklist(['on', 'off', 'auto']);

const colour = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i));

/** Whether noted passages and watch-list names are painted on pages (a page can list what is painted). */
export const PaintPrivateSchema = v.boolean();
/** Detection sensitivity: -1 strict … 1 eager. */
export const SensitivitySchema = v.pipe(v.number(), v.minValue(-1), v.maxValue(1));
/** Highlight colour per kind, `#RRGGBB`. */
export const PaletteSchema = v.record(v.picklist(['person', 'organization', 'country', 'group', 'topic', 'note']), colour);
/** Days a page stays in the reading history; 0 keeps none. */
export const HistoryDaysSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3650));
/** Remind the reader to export a backup after this many new notes; 0 never reminds. */
export const BackupEverySchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));
/** How many notes existed when the reader last exported a backup (for the reminder). */
export const BackupNoteCountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * Settings with a fixed key. (The protocol takes the schemas above one by one: reading
 * members of this object would keep it in every bundle that holds the protocol.)
 */
export const SETTING_SCHEMAS = {
  paintPrivate: PaintPrivateSchema,
  sensitivity: SensitivitySchema,
  palette: PaletteSchema,
  historyDays: HistoryDaysSchema,
  backupEvery: BackupEverySchema,
  backupNoteCount: BackupNoteCountSchema,
} as const;

export type SettingKey = keyof typeof SETTING_SCHEMAS;

/** Settings whose key carries a page (`force:page:<url>`) or site (`force:site:<site>`). */
const FORCE_KEY = /^force:(page|site):.{1,8192}$/s;

/** The per-site choice to paint private names (`paint:site:<site>`). */
const PAINT_KEY = /^paint:site:.{1,8192}$/s;

/** Defaults of the settings that have one. */
export const SETTING_DEFAULTS = { historyDays: 90, backupEvery: 50 } as const;

/**
 * The setting as it may be stored, or null when the key is unknown or the value does not
 * fit its schema. Never throws, whatever the value (deep, cyclic-free JSON included).
 */
export function validSetting(key: unknown, value: unknown): { key: string; value: unknown } | null {
  if (typeof key !== 'string') return null;
  if (FORCE_KEY.test(key)) return v.is(ForceModeSchema, value) ? { key, value } : null;
  if (PAINT_KEY.test(key)) return typeof value === 'boolean' ? { key, value } : null;
  if (!Object.hasOwn(SETTING_SCHEMAS, key)) return null;
  const parsed = v.safeParse(SETTING_SCHEMAS[key as SettingKey], value);
  return parsed.success ? { key, value: parsed.output } : null;
}
