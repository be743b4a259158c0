/**
 * Stored times are integers of milliseconds since 1970 that a `Date` can hold
 * (±8.64e15, ECMAScript's limit). Anything else (1e16, Infinity, NaN, 1.5) is refused on
 * the way in by `TimeSchema`; the formatters below still survive one that got in some other
 * way (an older version, a hand-edited database) and print a placeholder instead of throwing.
 */
import * as v from 'valibot';

/** The largest distance from 1970 a `Date` can represent, in milliseconds. */
export const MAX_TIME = 8.64e15;

export const isValidTime = (t: unknown): t is number => typeof t === 'number' && Number.isInteger(t) && Math.abs(t) <= MAX_TIME;

export const TimeSchema = v.pipe(
  v.number(),
  v.check(
    (t: number) => isValidTime(t),
    'a date outside what a calendar can show (it must be a whole number of milliseconds within ±275,000 years of 1970)',
  ),
);

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
