/**
 * The settings registry: each setting's key, the schema its value must fit and the value
 * it has until the reader chooses one. The one source for `setting.set` (the options page),
 * backup import (a file cannot store what the options page could not), and every read.
 *
 * Two kinds of key:
 * - fixed keys (`SETTINGS`: palette, sensitivity, …);
 * - per-place keys (`PLACE_SETTINGS`): a prefix and a page's normalised address
 *   (`force:page:<url>`) or a site (`force:site:<site>`, `paint:site:<site>`).
 *
 * Reading never throws and never trusts the database: a value that was never stored is the
 * default; one that does not fit its schema (an older version, a hand-edited database)
 * is the default too, with a sentence saying why (`readSetting`). The palette alone is
 * read colour by colour, so one bad colour keeps the others. Every schema is flat or one
 * level deep, so no accepted setting is ever nested deeper than that.
 */
import * as v from 'valibot';
import { ACTOR_TYPES, DEFAULT_PALETTE, paletteOf, type Palette } from './kinds';
import { ForceModeSchema } from './page';

const colour = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i));

/** Whether noted passages and watch-list names are painted on pages (a page can list what is painted). */
export const PaintPrivateSchema = v.boolean();
/** Detection sensitivity: -1 strict … 1 eager. */
export const SensitivitySchema = v.pipe(v.number(), v.minValue(-1), v.maxValue(1));
/** Highlight colour per actor type, `#RRGGBB`; a type left out keeps its default colour. */
export const PaletteSchema = v.record(v.picklist(ACTOR_TYPES), colour);
/** Days a page stays in the reading history; 0 keeps none. */
export const HistoryDaysSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3650));
/** Remind the reader to export a backup after this many new notes; 0 never reminds. */
export const BackupEverySchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));
/** How many notes existed when the reader last exported a backup (for the reminder). */
export const BackupNoteCountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

type Schema = v.GenericSchema;

interface Entry<S extends Schema, T> {
  schema: S;
  fallback: T;
  /** How a stored value becomes the setting, when not simply "it fits, or the default". */
  read?: (stored: unknown) => T;
}

const entry = <S extends Schema, T = v.InferOutput<S>>(schema: S, fallback: T, read?: (stored: unknown) => T) =>
  ({
    schema,
    fallback,
    ...(read ? { read } : {}),
  }) as Entry<S, T>;

/** Settings with a fixed key: schema and default. */
export const SETTINGS = {
  paintPrivate: entry(PaintPrivateSchema, true),
  sensitivity: entry(SensitivitySchema, 0),
  palette: entry<typeof PaletteSchema, Palette>(PaletteSchema, DEFAULT_PALETTE, paletteOf),
  historyDays: entry(HistoryDaysSchema, 90),
  backupEvery: entry(BackupEverySchema, 50),
  backupNoteCount: entry(BackupNoteCountSchema, 0),
};

export type SettingKey = keyof typeof SETTINGS;
/** What a setting reads as (the palette always whole). */
export type SettingValue<K extends SettingKey> = (typeof SETTINGS)[K]['fallback'];
/** What may be stored under a setting (the palette may leave types out). */
export type SettingInput<K extends SettingKey> = v.InferOutput<(typeof SETTINGS)[K]['schema']>;

export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

/** Settings whose key names a page or a site; absent means "no choice here". */
export const PLACE_SETTINGS = {
  /** The reader's override for one page. */
  forcePage: { prefix: 'force:page:', schema: ForceModeSchema, fallback: 'auto' },
  /** The reader's override for a whole site. */
  forceSite: { prefix: 'force:site:', schema: ForceModeSchema, fallback: 'auto' },
  /** The per-site choice to paint private names; null follows the global `paintPrivate`. */
  paintSite: { prefix: 'paint:site:', schema: PaintPrivateSchema, fallback: null },
} as const;

export type PlaceSettingKey = keyof typeof PLACE_SETTINGS;
export type PlaceSettingValue<K extends PlaceSettingKey> =
  v.InferOutput<(typeof PLACE_SETTINGS)[K]['schema']> | (typeof PLACE_SETTINGS)[K]['fallback'];

/** The longest page address or site a per-place key may carry. */
const MAX_PLACE = 8_192;

/** The stored key of a per-place setting for `place` (a normalised address, or a site). */
export const placeKey = (key: PlaceSettingKey, place: string): string => PLACE_SETTINGS[key].prefix + place;

/** Which per-place setting a stored key is, and its place; null for any other key. */
export function parsePlaceKey(key: string): { key: PlaceSettingKey; place: string } | null {
  for (const [name, { prefix }] of Object.entries(PLACE_SETTINGS)) {
    const place = key.startsWith(prefix) ? key.slice(prefix.length) : '';
    if (place.length >= 1 && place.length <= MAX_PLACE) return { key: name as PlaceSettingKey, place };
  }
  return null;
}

/** A setting as read: its value, and why the stored value was not used (null when it was, or none was stored). */
export interface SettingRead<T> {
  value: T;
  problem: string | null;
}

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** A stored value in a sentence: its JSON, cut short. */
function describe(stored: unknown): string {
  try {
    return cut(JSON.stringify(stored) ?? String(stored), 60);
  } catch {
    return cut(String(stored), 60);
  }
}

function readWith<T>(
  name: string,
  entry: { schema: Schema; fallback: T; read?: (stored: unknown) => T },
  stored: unknown,
): SettingRead<T> {
  if (stored === undefined || stored === null)
    return { value: entry.read ? entry.read(undefined) : entry.fallback, problem: null };
  const parsed = v.safeParse(entry.schema, stored);
  const value = entry.read ? entry.read(stored) : parsed.success ? (parsed.output as T) : entry.fallback;
  if (parsed.success) return { value, problem: null };
  return {
    value,
    problem: `The stored ${name} ${describe(stored)} does not fit (${cut(parsed.issues[0].message, 80)}), so ${
      entry.read ? 'what does not fit keeps its default' : `the default ${describe(entry.fallback)} applies`
    }.`,
  };
}

/** A fixed-key setting from what was stored under it (undefined: never stored). Never throws. */
export function readSetting<K extends SettingKey>(key: K, stored: unknown): SettingRead<SettingValue<K>> {
  return readWith(key, SETTINGS[key] as Entry<Schema, SettingValue<K>>, stored);
}

/** A per-place setting from what was stored under it (undefined or null: no choice here). Never throws. */
export function readPlaceSetting<K extends PlaceSettingKey>(key: K, stored: unknown): SettingRead<PlaceSettingValue<K>> {
  return readWith(key, PLACE_SETTINGS[key] as { schema: Schema; fallback: PlaceSettingValue<K> }, stored);
}

/**
 * The setting as it may be stored, or null when the key is unknown or the value does not
 * fit its schema. Never throws, whatever the value (deep, cyclic-free JSON included).
 */
export function validSetting(key: unknown, value: unknown): { key: string; value: unknown } | null {
  if (typeof key !== 'string') return null;
  const place = parsePlaceKey(key);
  if (place) return v.is(PLACE_SETTINGS[place.key].schema, value) ? { key, value } : null;
  if (!Object.hasOwn(SETTINGS, key)) return null;
  const parsed = v.safeParse(SETTINGS[key as SettingKey].schema, value);
  return parsed.success ? { key, value: parsed.output } : null;
}
