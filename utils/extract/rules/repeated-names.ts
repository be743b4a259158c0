/**
 * News style names a person in full once, then by the surname alone. An unknown name of
 * two or three capitalised words whose last word also stands alone, mid-sentence,
 * elsewhere in the story ("Jesper Parnevik" … "Parnevik said") is taken for a person; so
 * is one whose family name comes first and stands alone ("Wang Junxia" … "Wang won").
 *
 * Boundaries: tokens already found (gazetteer, titles, other guesses), words the
 * gazetteer knows (countries, demonyms: "Iraqi Kurdish"), acronyms and Title Case
 * headlines take no part; a place or building word ends no person ("Crystal Palace",
 * "Grace Road"), nor a word the story puts after "the" or "in" ("the Yankees", "in
 * Chechnya"); an organization head word stops the name (guess.ts).
 */
import type { Token } from '@/utils/text/tokens';
import { sentenceStart } from './context';
import { FAMILY_FIRST } from '../gazetteer/names';
import { nameWord, personNameEnd, type Guess } from './guess';

const PLACE_WORDS = new Set(
  `street road avenue lane square boulevard bridge river sea ocean bay gulf lake valley hill
hills mountain mountains island islands peninsula coast park garden gardens palace house hall tower center centre
stadium arena airport station port harbour harbor county city state province region district territory east west
north south central church cathedral mosque temple hospital hotel prison camp base club cup open games league
company corporation corp group bank fund inc ltd plc co olympic olympics titanic
southeast southwest northeast northwest eastern western northern southern asian african european arab latin
muslim moslem catholic christian jewish sunni shia shiite orthodox protestant`.split(/\s+/),
);

const PLACE_OR_TEAM_BEFORE = new Set(['the', 'in', 'at', 'near', 'from', 'into']);
const ACRONYM = /^\p{Lu}{2,}$/u;

export function repeatedNames(
  tokens: readonly Token[],
  source: string,
  covered: Uint8Array,
  headline: Uint8Array,
  /** True for a token the gazetteer knows alone (a country, a demonym, an organization). */
  known: (j: number) => boolean,
): Guess[] {
  // Cheapest tests first: most tokens are lowercase or already found.
  const free = (j: number) => !covered[j] && !headline[j] && nameWord(tokens[j]);
  const usable = (j: number) => free(j) && !ACRONYM.test(tokens[j].text) && !known(j);
  // Where each word stands alone (its own neighbours are no name words).
  const alone = new Map<string, number[]>();
  // "the Yankees", "in Chechnya": a word seen after an article or a place preposition is no surname.
  const placeOrTeam = new Set<string>();
  for (let j = 0; j < tokens.length; j++) {
    if (!free(j)) continue;
    if (PLACE_OR_TEAM_BEFORE.has(tokens[j - 1]?.key ?? '')) placeOrTeam.add(tokens[j].key);
    if (!nameWord(tokens[j - 1]) && !nameWord(tokens[j + 1]) && !sentenceStart(tokens, j) && usable(j)) {
      const at = alone.get(tokens[j].key);
      if (at) at.push(j);
      else alone.set(tokens[j].key, [j]);
    }
  }
  for (const key of placeOrTeam) alone.delete(key);
  if (!alone.size) return [];
  // Alone somewhere else than inside the name itself ("Maghawir al Thawra": "al" is no name word).
  const aloneElsewhere = (key: string, from: number, to: number) => (alone.get(key) ?? []).some((j) => j < from || j >= to);
  const found: Guess[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!free(i) || nameWord(tokens[i - 1])) continue;
    const end = personNameEnd(tokens, i);
    const words: number[] = [];
    for (let k = i; k < end; k++) if (nameWord(tokens[k])) words.push(k);
    const first = tokens[i].key;
    if (words.length < 2 || words.length > 3) continue;
    if (!aloneElsewhere(tokens[end - 1].key, i, end) && !(FAMILY_FIRST.has(first) && aloneElsewhere(first, i, end))) continue;
    if (words.some((k) => !usable(k) || PLACE_WORDS.has(tokens[k].key) || tokens[k].text.length < 2)) continue;
    found.push({ from: i, to: end, type: 'person', name: source.slice(tokens[i].start, tokens[end - 1].end) });
    i = end - 1;
  }
  return found;
}
