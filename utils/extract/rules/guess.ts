/**
 * Actors that are not in the gazetteer, found by the shape of their names: an
 * organization ending in a head word ("Kabul Security Council", "Ministry of Foreign
 * Affairs"), or a person whose first word is a known given name ("Samantha Vinograd") or
 * an initial ("S. Waugh", "Abby D. Phillip").
 * Precision first: anything else capitalised is left alone.
 */
import type { ActorType } from '@/utils/model/kinds';
import type { Token } from '@/utils/text/tokens';
import { GIVEN_NAMES } from '../gazetteer/names';
import { isCapitalized, isWord } from './context';

/** Capitalised words that are not names (sentence openers, months, weekdays…). */
export const NOT_NAMES = new Set(
  `the a an this that these those there here it its he she they we i you his her their our
my your but and or if so as at by for from in into of on to with without when while after before during since until
because although though yet also not no yes all any some many most more much each every other such what which who
whom whose where why how then than once still just even only both either neither one two three first last next new
january february march april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday today tomorrow yesterday mr mrs ms dr president minister secretary general chief
director officials official according meanwhile however moreover earlier later sources source read more photo
video watch advertisement update updated breaking live news opinion analysis editor editorial via image key
top senior former acting deputy special`.split(/\s+/),
);

const ORG_HEADS = new Set(
  `ministry department command agency party army council committee forces force guard guards
corps brigade brigades front movement organization organisation institute university bank court office service
services bureau commission union alliance parliament navy police authority directorate administration assembly
federation foundation association coalition militia cabinet senate congress tribunal regiment battalion division
forum academy`.split(/\s+/),
);
const ORG_OPENERS = new Set([
  'ministry',
  'department',
  'office',
  'bureau',
  'council',
  'court',
  'institute',
  'university',
  'bank',
  'commission',
  'federation',
  'union',
  'league',
  'army',
  'embassy',
  'academy',
]);
/** Capitalised phrases of organization shape that name places or things, not actors. */
const NOT_ACTORS = new Set([
  'west bank',
  'gaza strip',
  'oval office',
  'situation room',
  'east room',
  'west wing',
  'old bailey',
  'supreme court building',
]);
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'de',
  'da',
  'van',
  'von',
  'der',
  'del',
  'la',
  'le',
  'di',
  'du',
  'abu',
  'abd',
]);
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on']);

export interface Guess {
  from: number;
  to: number;
  type: ActorType;
  name: string;
}

/** A capitalised word that may be part of a name. */
export function nameWord(t: Token | undefined): boolean {
  return !!t && isWord(t) && isCapitalized(t) && !NOT_NAMES.has(t.key);
}

/** The apostrophe of "O'Neill", "D'Alema" at `k`. */
function nameApostrophe(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]?.text;
  const prev = tokens[k - 1]?.text;
  return (t === "'" || t === '’') && (prev === 'O' || prev === 'D');
}

/** Where a surname at `i` starts: at its "O'" or "D'" when it has one. */
export function surnameStart(tokens: readonly Token[], i: number): number {
  return nameApostrophe(tokens, i - 1) ? i - 2 : i;
}

/** An initial's dot ("George W. Bush") or the apostrophe of "O'Neill", "D'Alema". */
function innerMark(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]?.text;
  if (tokens[k].text === '.') return !!prev && /^\p{Lu}$/u.test(prev);
  return nameApostrophe(tokens, k);
}

/** "Abby D. Phillip": a name word, a middle initial with its dot, a surname. */
function middleInitialAt(tokens: readonly Token[], i: number): boolean {
  return (
    nameWord(tokens[i]) &&
    tokens[i].text.length > 1 &&
    !ORG_HEADS.has(tokens[i].key) &&
    !tokens[i + 1]?.blockStart &&
    initialAt(tokens, i + 1, true)
  );
}

/** "S. Waugh": one capital and a dot before a surname, not the letters of "U.S." */
function initialAt(tokens: readonly Token[], i: number, middle = false): boolean {
  const [initial, dot, name] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!initial) return false;
  if (!/^\p{Lu}$/u.test(initial.text) || NOT_NAMES.has(initial.key) || dot?.text !== '.') return false;
  if (tokens[i - 1]?.text === '.' && !initial.blockStart) return false;
  // A middle initial belongs to the name before it ("Abby D. Phillip"): see middleInitialAt.
  if (!middle && nameWord(tokens[i - 1]) && !initial.blockStart) return false;
  if (!name || name.blockStart || name.text.length < 2 || !nameWord(name) || ORG_HEADS.has(name.key)) return false;
  return !(COMPASS.has(initial.text) && REGIONS.test(name.key));
}

/** "S. Korea", "N. Korean", "S. African": a compass point, not an initial. */
const COMPASS = new Set(['N', 'S', 'E', 'W']);
const REGIONS =
  /^(korea|africa|asia|europe|america|timor|sudan|germany|yemen|vietnam|ireland|ossetia|caucasus)|^(afrikaners|koreans?|africans?|asians?|europeans?|americans?)$/;

/** The end of a run of name words from `i` (particles and hyphens inside), same block. */
function runEnd(tokens: readonly Token[], i: number, allowConnectors: boolean): number {
  let end = i;
  let k = i;
  while (k < tokens.length && (k === i || !tokens[k].blockStart)) {
    const t = tokens[k];
    if (nameWord(t)) end = k + 1;
    else if (PARTICLES.has(t.key) && tokens[k + 1]?.text === '-' && nameWord(tokens[k + 2])) {
      // "al-Bashir"
    } else if ((PARTICLES.has(t.key) || t.text === '-' || innerMark(tokens, k)) && nameWord(tokens[k + 1])) {
      // particle, hyphen, initial's dot or O'/D' apostrophe inside a name: keep going
    } else if (allowConnectors && CONNECTORS.has(t.key) && nameWord(tokens[k + 1]) && end > i) {
      // "Ministry of Foreign Affairs"
    } else break;
    k++;
  }
  return end;
}

const text = (tokens: readonly Token[], source: string, from: number, to: number) =>
  source.slice(tokens[from].start, tokens[to - 1].end);

/** A person name run starting at `i` (1–4 words), or its end index `i` when none. */
export function personNameEnd(tokens: readonly Token[], i: number): number {
  if (!nameWord(tokens[i]) || ORG_HEADS.has(tokens[i].key)) return i;
  const end = runEnd(tokens, i, false);
  if (end - i > 6) return i;
  for (let k = i; k < end; k++) if (ORG_HEADS.has(tokens[k].key)) return i;
  return end;
}

const CREDIT_WORDS = new Set([
  'photo',
  'photos',
  'photograph',
  'photographs',
  'image',
  'images',
  'picture',
  'credit',
  'illustration',
  'video',
]);

/** "Photo: Ali Jadallah/Anadolu", "Photograph by …": a photographer credited, not an actor. */
function photoCredit(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[to]?.text === '/') return true;
  let k = from - 1;
  if (tokens[k]?.key === ':' || tokens[k]?.key === 'by') k--;
  return k < from - 1 && CREDIT_WORDS.has(tokens[k]?.key ?? '');
}

/** The guess starting at token `i`, or null. */
export function guessAt(tokens: readonly Token[], source: string, i: number): Guess | null {
  const first = tokens[i];
  if (!nameWord(first)) return null;
  const orgEnd = runEnd(tokens, i, true);
  let last = orgEnd - 1;
  if (orgEnd - i >= 2 && (ORG_HEADS.has(tokens[last].key) || (ORG_OPENERS.has(first.key) && tokens[i + 1]?.key === 'of'))) {
    while (last > i && !isCapitalized(tokens[last])) last--;
    const name = text(tokens, source, i, last + 1);
    if (NOT_ACTORS.has(name.toLowerCase())) return null;
    return { from: i, to: last + 1, type: 'organization', name };
  }
  if (!GIVEN_NAMES.has(first.key) && !initialAt(tokens, i) && !middleInitialAt(tokens, i)) return null;
  const end = personNameEnd(tokens, i);
  if (photoCredit(tokens, i, end)) return null;
  let words = 0;
  for (let k = i; k < end; k++) if (isWord(tokens[k]) && !PARTICLES.has(tokens[k].key)) words++;
  return words >= 2 && words <= 4 ? { from: i, to: end, type: 'person', name: text(tokens, source, i, end) } : null;
}
