/**
 * The field schemas every stored or sent shape is built from. Limits bound what a hostile
 * page or file can make Dossier store; anything Dossier itself writes fits them.
 *
 * Stored times are integers of milliseconds since 1970 that a `Date` can hold (±8.64e15,
 * ECMAScript's limit): 1e16, Infinity, NaN and 1.5 are refused on the way in.
 */
import * as v from 'valibot';

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const url = text(8_192);
export const id = text(200);
export const title = text(2_000);
/** A name as a list or a page gives it (an actor, a hidden name, an alias). */
export const name = text(500);
export const site = text(500);

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
