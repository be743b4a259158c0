/**
 * Kinds of tagger spans that are not actors, whatever the model says, read from the
 * words of the span and the word after it (the model sees five words; these need a word
 * class it was not trained on):
 * - a pronoun or determiner alone ("We" opening a quote);
 * - a place or an event by its last word ("South China Sea", "Vietnam War"), unless an
 *   "of" makes it an office ("Department of War"); the place is listed as one (`placeByWords`);
 * - a name that ends in a lowercase word ("Southeast Asian nation"), unless a hyphen
 *   glues it on ("Lee Cheuk-yan");
 * - a name followed by a lowercase place noun ("Hoa Lo prison", "Logar province");
 * - a person whose first word is a place the gazetteer knows and not a given name
 *   ("Hanoi Hilton"; "Israel Katz" stays a person).
 * Boundary cases: an empty span is no actor; the word after a span is read only within
 * its block.
 */
import type { Token } from '@/utils/text/tokens';

const PRONOUNS = new Set(
  'i we you he she it they me us him them this that these those there here my our your his her its their'.split(' '),
);

/** Last words of places on a map ("South China Sea", "Kerch Strait"). */
const GEO_HEADS = new Set(
  'sea seas ocean gulf strait straits bay river lake island islands peninsula mountains desert valley canal'.split(' '),
);
/** Last words of events ("Vietnam War"). */
const EVENT_HEADS = new Set(['war', 'wars', 'revolution']);

const PLACE_NOUNS = new Set(
  'prison jail province district region county village airport square street neighbourhood neighborhood'.split(' '),
);

const LOWER_FIRST = /^\p{Ll}/u;

/** Whether [from, to) of kind PER/ORG is, by the kinds above, not an actor. */
export function notAnActor(
  tokens: readonly Token[],
  from: number,
  to: number,
  person: boolean,
  /** A place the gazetteer knows starts at `i` (a country, or a capital standing for one). */
  placeAt: (i: number) => boolean,
  /** A lowercase given name the name lists know. */
  givenName: (key: string) => boolean,
): boolean {
  if (to <= from) return true;
  if (to - from === 1 && PRONOUNS.has(tokens[from].key)) return true;
  const last = tokens[to - 1];
  const hasOf = tokens.slice(from, to).some((t) => t.key === 'of');
  if (!hasOf && to - from > 1 && (GEO_HEADS.has(last.key) || EVENT_HEADS.has(last.key))) return true;
  if (LOWER_FIRST.test(last.text) && !(to - from > 1 && tokens[to - 2].text === '-' && tokens[to - 2].end === last.start))
    return true;
  const next = tokens[to];
  if (next && !next.blockStart && next.text === next.key && PLACE_NOUNS.has(next.key)) return true;
  return person && to - from > 1 && placeAt(from) && !givenName(tokens[from].key);
}

/**
 * Whether [from, to), a span the tagger read as a person or organization, is a place by
 * its last word ("South China Sea", "Kerch Strait"): two words or more, no "of" ("Gulf of
 * Aden" is read whole as a location by the tagger itself; "Bay of Pigs" could be an event).
 */
export function placeByWords(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from > 1 && GEO_HEADS.has(tokens[to - 1].key) && !tokens.slice(from, to).some((t) => t.key === 'of');
}
