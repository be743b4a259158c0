/**
 * Stored times as the reader reads them. Times are refused on the way in when a `Date`
 * cannot hold them (`TimeSchema`, utils/model/fields.ts); the formatters below still
 * survive one that got in some other way (an older version, a hand-edited database) and
 * print a placeholder instead of throwing.
 */
import { isValidTime } from '@/utils/model/fields';

/** ISO 8601 text of a time, or `fallback` when the time is not a valid one. */
export function isoTime(t: unknown, fallback = ''): string {
  return isValidTime(t) ? new Date(t).toISOString() : fallback;
}

/** The `YYYY-MM-DD` day of a time, or "undated". */
export function isoDay(t: unknown): string {
  return isoTime(t).slice(0, 10) || 'undated';
}

/** A time through an `Intl.DateTimeFormat`, or "unknown date". */
export function formatTime(format: Intl.DateTimeFormat, t: unknown): string {
  return isValidTime(t) ? format.format(t) : 'unknown date';
}
