/**
 * Actors, topics and places in the text of an article (the `text` of a TextIndex: blocks
 * separated by "\n"). Pure, one pass over tokens; `extract` runs it at once, and
 * `extractSteps` lets a page run it in slices (utils/schedule/slices.ts):
 *
 * 1. a title or role before a name makes one person mention of the whole phrase
 *    ("Defense Secretary Hegseth", "Ukrainian President Zelensky");
 * 2. otherwise the longest of the name tagger's span (with its model) and the gazetteer
 *    (or watch-list) phrase that fits the case and context rules; a tagger place that is
 *    no country is a place, not an actor;
 * 3. otherwise, without the model and outside Title Case headlines, a guess from the name's shape;
 * then surnames join the full names met on the page, and mentions group by actor.
 */
import type { ActorType } from '@/utils/model/kinds';
import type { CustomActor } from '@/utils/model/actor';
import type { ActorResult, Extraction, ExtractOptions, Mention, PlaceResult } from './types';
import { customTrie, caseFits, gazetteer, slug, type GazetteerEntry, type Phrase } from './gazetteer';
import { FAMILY_FIRST, GIVEN_NAMES } from './gazetteer/names';
import { governmentContext, isCapitalized, isWord, MINOR, sentenceStart, titleCaseTokens } from './rules/context';
import { guessAt, nameWord, NOT_NAMES, personNameEnd, surnameStart } from './rules/guess';
import { notAnActor, placeByWords } from './rules/tagged';
import { repeatedNames } from './rules/repeated-names';
import { titleTrie } from './rules/titles';
import { topicSteps } from '@/utils/topics';
import { tokenize, type Token } from '@/utils/text/tokens';
import type { PhraseTrie } from '@/utils/text/phrase-trie';
import type { KnowledgeBase } from '@/utils/kb/base';
import { cardRole } from '@/utils/kb/base';
import { runToEnd, type Steps } from '@/utils/schedule/slices';
import { ROLE_WORDS, type GazetteerLookup } from './tagger/features';
import { tagSteps, type TaggedSpan } from './tagger';

export type { Extraction, ExtractOptions };

interface Candidate {
  from: number;
  to: number;
  /** Gazetteer readings; several when a surname is shared. */
  phrases?: Phrase[];
  guess?: { type: ActorType; name: string };
  /** Where the name starts when a title or role comes first. */
  nameFrom?: number;
  /** A place that is not a country: its name. */
  place?: string;
}

const customCache = new Map<string, PhraseTrie<Phrase>>();
function customFor(options: ExtractOptions): PhraseTrie<Phrase> | null {
  const actors = (options.customActors ?? []).filter((a) => a.type !== 'topic');
  if (!actors.length) return null;
  const key = JSON.stringify(actors) + (options.kb ? '+kb' : '');
  let trie = customCache.get(key);
  if (!trie) {
    if (customCache.size > 8) customCache.clear();
    customCache.set(key, (trie = customTrie(options.kb ? actors.map((a) => withKnownNames(a, options.kb!)) : actors)));
  }
  return trie;
}

/**
 * A watch-list entry for an actor the knowledge base knows is the reader's correction of it
 * (role, more names): it takes the base's other names too, so no spelling of it stays the base's.
 */
function withKnownNames(actor: CustomActor, kb: KnowledgeBase): CustomActor {
  const known = kb.facts(actor.name);
  if (!known || known.type !== actor.type) return actor;
  const names = [known.name, ...known.aliases.filter((a) => !a.startsWith('~'))].filter(
    (n) => n !== actor.name && !actor.aliases.includes(n),
  );
  return { ...actor, aliases: [...actor.aliases, ...names] };
}

function phraseFits(tokens: readonly Token[], p: Phrase, from: number, to: number): boolean {
  for (let k = 0; k < p.tokens.length; k++) if (!caseFits(p.tokens[k], tokens[from + k].text)) return false;
  if (p.kind === 'metonym') return governmentContext(tokens, from, to);
  if (p.entry.role === 'News agency' && isCredit(tokens, from, to)) return false;
  if (p.entry.type === 'country' && to - from === 1) {
    // "Michael Jordan", "Chad Smith": a given name before a one-word country is a person.
    const prev = tokens[from - 1];
    if (prev && !tokens[from].blockStart && isCapitalized(prev) && GIVEN_NAMES.has(prev.key)) return false;
    const next = tokens[to];
    if (next && !next.blockStart && GIVEN_NAMES.has(tokens[from].key) && nameWord(next)) return false;
  }
  return true;
}

/** "(AP)", "(Reuters) -", "AP Photo/…": a news agency credited, not acting in the story. */
function isCredit(tokens: readonly Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1]?.text;
  const next = tokens[to]?.text;
  return prev === '(' || next === ')' || next === '/' || next === 'Photo' || next === 'photo';
}

type Hit = { to: number; values: Phrase[] };
/** A phrase lexicon: the gazetteer's trie, the reader's, or the knowledge base. */
type Lexicon = Pick<PhraseTrie<Phrase>, 'longestAt'>;

function lookup(tries: Lexicon[], tokens: readonly Token[], i: number): Hit | null {
  let best: Hit | null = null;
  for (const trie of tries) {
    const hit = trie.longestAt(tokens, i, (p, from, to) => phraseFits(tokens, p, from, to));
    if (hit && (!best || hit.to > best.to)) best = hit;
  }
  return best;
}

/**
 * The tagger's gazetteer feature over the built-in gazetteer (and a watch-list trie): the
 * longest phrase at `i` that fits the case and context rules, as "<type>:<kind>".
 */
export function gazetteerLookup(tries: Lexicon[] = [gazetteer().trie]): GazetteerLookup {
  return (tokens, i) => {
    const hit = lookup(tries, tokens, i);
    return hit && { to: hit.to, type: `${hit.values[0].entry.type}:${hit.values[0].kind}` };
  };
}

/**
 * Where a title may start after `i`: past a nationality ("Ukrainian"), a state ("US",
 * "Russia's") or an organization or group ("Taliban", "Pentagon"); `i` when none.
 */
function prefixEnd(tokens: readonly Token[], i: number, demonyms: Set<string>, hit: Hit | null): number {
  if (demonyms.has(tokens[i].key) && isCapitalized(tokens[i])) return i + 1;
  if (hit && hit.values.some((p) => p.entry.type !== 'person')) {
    const j = hit.to;
    if ((tokens[j]?.key === "'" || tokens[j]?.key === '’') && tokens[j + 1]?.key === 's') return j + 2;
    return j;
  }
  return i;
}

/** A title + name phrase at `i`: [from, to) and the person it names. */
function titledAt(
  tries: Lexicon[],
  tokens: readonly Token[],
  text: string,
  i: number,
  headline: boolean,
  /** The gazetteer phrase at `i`, already looked up by the caller. */
  hitAt: Hit | null,
): Candidate | null {
  const j = prefixEnd(tokens, i, gazetteer().demonyms, hitAt);
  // After a prefix a role may be lowercase ("Taliban spokesman Zabihullah Mujahid").
  const title = titleTrie().longestAt(tokens, j, (_v, from, to) => {
    if (j > i) return true;
    for (let k = from; k < to; k++) if (/^\p{L}/u.test(tokens[k].text) && !isCapitalized(tokens[k])) return false;
    return true;
  });
  if (!title) return null;
  const k = title.to;
  if (!tokens[k] || tokens[k].blockStart) return null;
  const person = lookup(tries, tokens, k);
  if (person && person.values.some((p) => p.entry.type === 'person')) {
    return { from: i, to: person.to, nameFrom: k, phrases: person.values.filter((p) => p.entry.type === 'person') };
  }
  if (headline || person) return null;
  const end = personNameEnd(tokens, k);
  if (end === k) return null;
  return { from: i, to: end, nameFrom: k, guess: { type: 'person', name: text.slice(tokens[k].start, tokens[end - 1].end) } };
}

/** Rooms of government buildings, which the tagger reads as organizations: places, not actors. */
const ROOMS = new Set([
  'oval office',
  'situation room',
  'rose garden',
  'west wing',
  'east room',
  'cabinet room',
  'roosevelt room',
]);

/** Words that open sentences without starting a name ("Key", "Top", "Former"): the sentence openers that are not names, but for "New". */
const OPENERS = new Set([...NOT_NAMES].filter((w) => w !== 'new'));

const ABBREVIATIONS = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'bros', 'st', 'mt', 'gen', 'no']);

/**
 * Blocks where a capital says nothing: up to four words all capitalised ("Read Next"),
 * and Title Case: no lowercase word but the small ones, in a headline (`titleCaseTokens`)
 * or a line without figures ("World Community Lashes Out"; a results table is not one).
 * Lines in capitals are read as text: the tagger learnt them (news wires, datelines).
 */
function chromeLines(tokens: readonly Token[], headline: Uint8Array): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  for (let start = 0; start < tokens.length;) {
    let end = start + 1;
    while (end < tokens.length && !tokens[end].blockStart) end++;
    let words = 0;
    let caps = 0;
    let lower = 0;
    let upper = 0;
    let nums = 0;
    for (let i = start; i < end; i++) {
      const t = tokens[i];
      if (!isWord(t)) continue;
      words++;
      if (isCapitalized(t)) caps++;
      else if (/^\d/.test(t.text)) nums++;
      else if (!MINOR.has(t.key)) lower++;
      if (t.text === t.key.toUpperCase() && /\p{L}/u.test(t.text)) upper++;
    }
    // A line that ends a sentence is prose ("Billy Andrade, Duffy Waldorf and Jesper Parnevik.").
    const sentence = tokens[end - 1].text === '.';
    const titleCase = !sentence && upper < words && lower === 0 && (headline[start] === 1 || (words >= 3 && nums === 0));
    if ((words <= 4 && caps === words) || titleCase) marks.fill(1, start, end);
    start = end;
  }
  return marks;
}

/**
 * A tagger span as a candidate: a person or organization by its words; a location is a
 * country when the gazetteer knows it as one (in any case: "RUSSIA" in a capitals line),
 * else a place; misc never (it is not an actor unless the gazetteer says so).
 */
function taggedCandidate(
  tries: Lexicon[],
  tokens: readonly Token[],
  text: string,
  span: TaggedSpan,
  given: ReadonlySet<string>,
): Candidate | null {
  let to = span.to;
  // "Forza Italia, Ruptly": a list is not one name.
  for (let k = span.from + 1; k < to; k++) if (tokens[k].text === ',' || tokens[k].text === ';') to = k;
  // "SyndiGate." ends a sentence; "U.S." and "Corp." keep their dot.
  if (
    to - span.from > 1 &&
    tokens[to - 1].text === '.' &&
    tokens[to - 2].text.length > 1 &&
    !ABBREVIATIONS.has(tokens[to - 2].key)
  )
    to--;
  // "European Union's": the possessive is not part of the name.
  if (
    to - span.from > 2 &&
    tokens[to - 1].key === 's' &&
    tokens[to - 2].key === "'" &&
    tokens[to - 2].start === tokens[to - 3].end
  )
    to -= 2;
  // What is left may be a phrase the gazetteer knows: it says who it is. "Key Security
  // Council powers": a word that opens sentences ("Key", "Top") is not part of a known name after it.
  for (const from of sentenceStart(tokens, span.from) && OPENERS.has(tokens[span.from].key)
    ? [span.from, span.from + 1]
    : [span.from]) {
    const known = lookup(tries, tokens, from);
    if (known?.to === to && known.values.some((p) => p.entry.type !== 'person')) return { from, to, phrases: known.values };
  }
  const name = text.slice(tokens[span.from].start, tokens[to - 1].end);
  // A phrase the gazetteer knows but turned down here (a credit, a capital not acting as
  // its government) stays turned down as an actor; a capital read as a place is one.
  if (tries.some((t) => t.longestAt(tokens, span.from, (p) => p.entry.type !== 'person')?.to === to))
    return span.kind === 'LOC' ? { from: span.from, to, place: name } : null;
  if (ROOMS.has(name.toLowerCase())) return null;
  span = { ...span, to };
  if (span.kind === 'PER' || span.kind === 'ORG') {
    const person = span.kind === 'PER';
    const placeAt = (i: number) => gazetteer().trie.longestAt(tokens, i, (p) => p.entry.type === 'country')?.to === i + 1;
    if (placeByWords(tokens, span.from, span.to)) return { from: span.from, to: span.to, place: name };
    if (notAnActor(tokens, span.from, span.to, person, placeAt, (key) => given.has(key) || GIVEN_NAMES.has(key))) return null;
    return { from: span.from, to: span.to, guess: { type: person ? 'person' : 'organization', name } };
  }
  if (span.kind === 'LOC') {
    const hit = gazetteer().trie.longestAt(tokens, span.from, (p) => p.entry.type === 'country' && p.kind === 'name');
    if (hit && hit.to === span.to) return { from: span.from, to: span.to, phrases: hit.values };
    return { from: span.from, to: span.to, place: name };
  }
  return null;
}

/**
 * A guessed title + name phrase with the tagger's reading of where the name starts and
 * ends: a person span that starts inside the phrase and ends at or past its end names
 * the person ("Lieutenant-Colonel Max Marriner", "Li Song-ho", "Kengo wa Dondo"; "Prince
 * Charles" whole, a title the name includes). Spans that run into the next sentence do not count;
 * without such a span the phrase stays as the title rule read it.
 */
function taggedName(
  tries: Lexicon[],
  tokens: readonly Token[],
  text: string,
  titled: Candidate,
  tagged: ReadonlyMap<number, TaggedSpan>,
  given: ReadonlySet<string>,
): Candidate {
  for (let k = titled.from; k < titled.to; k++) {
    const span = tagged.get(k);
    if (span?.kind !== 'PER') continue;
    const c = taggedCandidate(tries, tokens, text, span, given);
    if (c?.guess?.type !== 'person' || c.to < titled.to || (k === titled.nameFrom && c.to === titled.to)) continue;
    if (!oneName(tokens, c.from, c.to)) continue;
    return { from: titled.from, to: c.to, nameFrom: c.from, guess: c.guess };
  }
  return titled;
}

/**
 * Whether [from, to) reads as one name: words, marks glued on both sides ("Song-ho",
 * "O'Neill"), and the dot of an initial or an abbreviation ("George W. Bush", "Jr.");
 * "Grisham. “We" runs into the next sentence.
 */
function oneName(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (isWord(t)) continue;
    const prev = tokens[k - 1];
    if (k === from || prev.end !== t.start) return false;
    if (t.text === '.' && (prev.text.length === 1 || ABBREVIATIONS.has(prev.key))) continue;
    if (k + 1 >= to || tokens[k + 1].start !== t.end) return false;
  }
  return true;
}

/** The first token of the line (block) holding token `i`. */
function lineOf(tokens: readonly Token[], i: number): number {
  while (i > 0 && !tokens[i].blockStart) i--;
  return i;
}

/** A person name standing alone between a line's edges, commas, slashes or brackets: an item of a list. */
function listItem(tokens: readonly Token[], c: Candidate): boolean {
  const prev = tokens[c.from - 1];
  const next = tokens[c.to];
  const before = tokens[c.from].blockStart || !prev || [',', ';', ')', '.', '/', '-', ':'].includes(prev.text);
  const after = !next || next.blockStart || [',', ';', '(', '/'].includes(next.text);
  return c.guess?.type === 'person' && before && after;
}

/** The surname's key: its last token ("al-Bashir" → "bashir"). */
const lastWord = (name: string) =>
  name
    .split(/[\s\-‐]+/)
    .pop()!
    .toLowerCase();

/** The keys a person's name is later shortened to: the last word, or a family name written first. */
const familyKeys = (first: string, last: string) => (FAMILY_FIRST.has(first) ? [last, first] : [last]);

/** Tokens between two pause points: about a millisecond of work. */
const TOKENS_PER_STEP = 512;

/** Every actor and topic in `text`; see the module comment for the rules. */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  return runToEnd(extractSteps(text, options));
}

/** `extract` as steps that may pause between slices of tokens (same result). */
export function* extractSteps(text: string, options: ExtractOptions = {}): Steps<Extraction> {
  const tokens = tokenize(text);
  yield;
  const headline = titleCaseTokens(tokens);
  const custom = customFor(options);
  // Curated first: on a tie the earlier lexicon wins, so the knowledge base only adds.
  const curated: Lexicon[] = custom ? [custom, gazetteer().trie] : [gazetteer().trie];
  const tries: Lexicon[] = options.kb ? [...curated, options.kb] : curated;
  const candidates: Candidate[] = [];
  const model = options.tagger;
  // The tagger's spans by first token; without a model the shape rules guess instead.
  const tagged = new Map<number, TaggedSpan>();
  if (model) {
    // The tagger's list features see the lists it was trained with, not the knowledge base.
    for (const span of yield* tagSteps(tokens, model, gazetteerLookup(curated))) {
      // ". Kowalczyk": a name starts with a word.
      let from = span.from;
      while (from < span.to && !isWord(tokens[from])) from++;
      if (from < span.to) tagged.set(from, { ...span, from });
    }
  }
  // Surnames of the people the tagger names in full: a bare word it reads as one of them
  // is that person, even when the word is also a country or capital ("Jordan said" after
  // "Neil Jordan"); the gazetteer cannot tell a namesake.
  const namesakes = new Set<string>();
  for (const span of tagged.values()) {
    if (span.kind !== 'PER' || span.to - span.from < 2) continue;
    const c = taggedCandidate(tries, tokens, text, span, model!.names.given);
    if (c?.guess?.type === 'person' && c.to - c.from > 1 && oneName(tokens, c.from, c.to)) namesakes.add(tokens[c.to - 1].key);
  }
  // In headlines and short capitalised lines (menus, buttons) a capital says nothing: a
  // name the tagger finds there counts only when the article's sentences name it too, or
  // when the line is a list of people (below).
  const chrome = model ? chromeLines(tokens, headline) : headline;
  const unconfirmed: Candidate[] = [];
  let lower: Set<string> | null = null;
  const lowercase = () => (lower ??= new Set(tokens.filter((t) => t.text === t.key).map((t) => t.key)));

  for (let i = 0, step = 0; i < tokens.length;) {
    if (++step % TOKENS_PER_STEP === 0) yield;
    if (!isWord(tokens[i])) {
      i++;
      continue;
    }
    let hit = lookup(tries, tokens, i);
    // Outside headlines, a known surname inside another name is someone else ("Rui Costa",
    // "Power New Zealand"); in Title Case every word is capitalised, so nothing can be told.
    if (hit && !headline[i] && hit.values.every((p) => p.kind === 'surname')) {
      const after = tokens[hit.to];
      if ((!tokens[i].blockStart && nameWord(tokens[i - 1])) || (after && !after.blockStart && nameWord(after))) hit = null;
    }
    let titled = titledAt(tries, tokens, text, i, headline[i] === 1, hit);
    const span = tagged.get(i);
    if (model && titled?.guess) titled = taggedName(tries, tokens, text, titled, tagged, model.names.given);
    if (
      span?.kind === 'PER' &&
      span.to - span.from === 1 &&
      namesakes.has(tokens[i].key) &&
      !chrome[i] &&
      (hit?.to ?? 0) <= span.to &&
      !(sentenceStart(tokens, i) && lowercase().has(tokens[i].key))
    ) {
      candidates.push({ from: i, to: span.to, guess: { type: 'person', name: tokens[i].text } });
      i = span.to;
      continue;
    }
    // The longest sensible name wins: "Liberal Party of Canada" over "Canada", "South
    // China Sea" over "China"; the gazetteer wins a tie, since it knows who it is.
    const longer = span && span.to > Math.max(hit?.to ?? 0, titled?.to ?? 0) ? span : null;
    let c = longer && taggedCandidate(tries, tokens, text, longer, model!.names.given);
    // "We", "Young people": one capitalised word opening a sentence, written in lowercase
    // elsewhere on the page, is a common word.
    if (c?.guess && c.to - c.from === 1 && sentenceStart(tokens, i) && lowercase().has(tokens[i].key)) c = null;
    // A place that is not a country hides the country inside it ("South China Sea"); a
    // misc span ("Israel - Egypt" read as one) leaves the names inside it to the gazetteer.
    if (longer && (c || longer.kind !== 'MISC')) {
      if ((c?.guess || c?.place) && chrome[i]) unconfirmed.push(c);
      else if (c) candidates.push(c);
      i = longer.to;
    } else if (titled && (!hit || titled.to > hit.to)) {
      candidates.push(titled);
      i = titled.to;
    } else if (hit) {
      candidates.push({ from: i, to: hit.to, phrases: hit.values });
      i = hit.to;
    } else if (model) {
      i++;
    } else {
      const guess = headline[i] ? null : guessAt(tokens, text, i);
      // "Plan B. Russia": a guessed name may not end on a country or organization.
      if (
        guess &&
        guess.type === 'person' &&
        lookup(tries, tokens, guess.to - 1)?.values.some((p) => p.entry.type !== 'person')
      ) {
        i++;
      } else if (guess) {
        candidates.push({ from: guess.from, to: guess.to, guess: { type: guess.type, name: guess.name } });
        i = guess.to;
      } else i++;
    }
  }

  // A place in a menu or headline counts when the story names it too.
  const places = new Set(candidates.filter((c) => c.place).map((c) => c.place!.toLowerCase()));
  const placesNamed = unconfirmed.filter((c) => c.place && places.has(c.place.toLowerCase()));
  if (placesNamed.length) {
    candidates.push(...placesNamed);
    candidates.sort((a, b) => a.from - b.from);
  }
  const people = unconfirmed.filter((c) => c.guess);
  if (people.length) {
    const named = new Set(candidates.filter((c) => c.guess).map((c) => c.guess!.name.toLowerCase()));
    // A given name the lists know opening a person's name confirms it ("Glenn Somerville").
    const givenName = (c: Candidate) =>
      c.guess!.type === 'person' && c.to - c.from > 1 && model!.names.given.has(tokens[c.from].key);
    // "Nicklas Kulti ( Sweden )": a person with their country in brackets.
    const countryAfter = (c: Candidate) => {
      if (c.guess!.type !== 'person' || tokens[c.to]?.text !== '(' || tokens[c.to].blockStart) return false;
      const hit = gazetteer().trie.longestAt(tokens, c.to + 1, (p) => p.entry.type === 'country');
      return !!hit && tokens[hit.to]?.text === ')';
    };
    const sure = (c: Candidate) => named.has(c.guess!.name.toLowerCase()) || givenName(c) || countryAfter(c);
    // "Billy Andrade , Duffy Waldorf , Jesper Parnevik ( Sweden )": a line that lists
    // people confirms them all; it lists people when one of them is confirmed, or two
    // are full names or have a bracket after them ("Milo Vrana ( Lille )"). A menu
    // ("Home , World News , Sport") seldom has two.
    const items = new Map<number, number>();
    for (const c of people) {
      if (!listItem(tokens, c)) continue;
      const weight = sure(c) ? 2 : tokens[c.to]?.text === '(' || c.to - c.from > 1 ? 1 : 0;
      items.set(lineOf(tokens, c.from), (items.get(lineOf(tokens, c.from)) ?? 0) + weight);
    }
    const listed = (c: Candidate) => listItem(tokens, c) && items.get(lineOf(tokens, c.from))! >= 2;
    const confirmed = people.filter((c) => sure(c) || listed(c));
    if (confirmed.length) {
      candidates.push(...confirmed);
      candidates.sort((a, b) => a.from - b.from);
    }
  }
  const covered = new Uint8Array(tokens.length);
  for (const c of candidates) covered.fill(1, c.from, c.to);
  yield;
  const { demonyms } = gazetteer();
  const named = model
    ? []
    : repeatedNames(
        tokens,
        text,
        covered,
        headline,
        (j) => demonyms.has(tokens[j].key) || tries.some((t) => t.longestAt(tokens, j, () => true)),
      );
  for (const g of named) covered.fill(1, g.from, g.to);
  const found = named.length
    ? [...candidates, ...named.map((g) => ({ from: g.from, to: g.to, guess: { type: g.type, name: g.name } }))].sort(
        (a, b) => a.from - b.from,
      )
    : candidates;
  // The tagger reads bare surnames itself (its history joins them to the full name).
  const all = model ? found : withSurnames(tokens, found, covered);
  yield;
  return yield* group(text, tokens, all, options, options.kb);
}

/**
 * Adds bare surnames of the people named in full on the page ("Kowalczyk" after "Maria
 * Kowalczyk"), which no rule above finds on their own. Keeps candidates in text order;
 * `covered` marks the tokens the candidates span.
 */
function withSurnames(tokens: readonly Token[], candidates: Candidate[], covered: Uint8Array): Candidate[] {
  const surnames = new Set<string>();
  for (const c of candidates) {
    const person = c.guess?.type === 'person' || c.phrases?.some((p) => p.kind === 'name' && p.entry.type === 'person');
    if (person && c.to - c.from > 1) for (const key of familyKeys(tokens[c.from].key, tokens[c.to - 1].key)) surnames.add(key);
  }
  if (!surnames.size) return candidates;
  const added: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || !surnames.has(t.key) || !nameWord(t) || nameWord(tokens[i + 1])) continue;
    const start = surnameStart(tokens, i);
    const from = covered[start] ? i : start;
    added.push({
      from,
      to: i + 1,
      guess: {
        type: 'person',
        name: tokens
          .slice(from, i + 1)
          .map((x) => x.text)
          .join(''),
      },
    });
  }
  return added.length ? [...candidates, ...added].sort((a, b) => a.from - b.from) : candidates;
}

const ARTICLES = new Set(['the', 'a', 'an']);
const APPOSITIVE_END = new Set([',', '.', ';', ':', '(', ')', '—', '–', '"', '“', '”']);
/** Forms of address: "Mr. Reeves" says nothing about who Reeves is. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', '.']);
/** Besides the tagger's role words, what the experts a story quotes are ("senior fellow at …"). */
const EXPERT_WORDS = new Set(['fellow', 'researcher', 'scholar', 'historian', 'lecturer']);
/** Words of an appositive at most: "the younger brother of the Taliban's deputy leader" is eleven tokens. */
const APPOSITIVE_TOKENS = 12;
/** ", who advises …" is a clause about the person, not what they are. */
const CLAUSE_WORDS = new Set(['who', 'whose', 'whom', 'which', 'that', 'when', 'where', 'and', 'but']);

/**
 * The role an article gives a person at one mention: the title in front of the name
 * ("Taliban spokesman"; a form of address alone is none), else an appositive of up to
 * `APPOSITIVE_TOKENS` tokens after it that holds a role word (", the Democratic Party
 * leader,"); without its leading article.
 */
function articleRole(text: string, tokens: readonly Token[], c: Candidate): string | undefined {
  if (c.nameFrom !== undefined && c.nameFrom > c.from && tokens.slice(c.from, c.nameFrom).some((t) => !HONORIFICS.has(t.key)))
    return text.slice(tokens[c.from].start, tokens[c.nameFrom - 1].end);
  if (tokens[c.to]?.text !== ',' || tokens[c.to + 1]?.blockStart) return undefined;
  let from = c.to + 1;
  if (CLAUSE_WORDS.has(tokens[from]?.key)) return undefined;
  if (ARTICLES.has(tokens[from]?.key)) from++;
  let to = from;
  let role = false;
  while (to < tokens.length && to - from < APPOSITIVE_TOKENS && !tokens[to].blockStart && !APPOSITIVE_END.has(tokens[to].text)) {
    if ((ROLE_WORDS.has(tokens[to].key) && !HONORIFICS.has(tokens[to].key)) || EXPERT_WORDS.has(tokens[to].key)) role = true;
    to++;
  }
  const ends = to >= tokens.length || tokens[to].blockStart || APPOSITIVE_END.has(tokens[to].text);
  // "a former U.S. envoy" cut at its first full stop is no role.
  const cut = to > from && /^\p{Lu}$/u.test(tokens[to - 1].text);
  return role && ends && !cut && to > from ? text.slice(tokens[from].start, tokens[to - 1].end) : undefined;
}

function* group(
  text: string,
  tokens: readonly Token[],
  candidates: Candidate[],
  options: ExtractOptions,
  kb?: KnowledgeBase,
): Steps<Extraction> {
  const hidden = new Set(options.hiddenNames ?? []);
  const actors = new Map<string, ActorResult>();
  const fullNames = new Map<string, GazetteerEntry | { id: string; name: string; type: ActorType }>();

  // Full names met on the page decide what a bare surname means.
  for (const c of candidates) {
    const named = c.phrases?.find((p) => p.kind === 'name' && p.entry.type === 'person');
    if (named && named.entry.name.includes(' ')) fullNames.set(lastWord(named.entry.name), named.entry);
    if (c.guess?.type === 'person' && c.guess.name.includes(' ')) {
      const person = { id: `guess/person/${slug(c.guess.name)}`, name: c.guess.name, type: 'person' as const };
      for (const key of familyKeys(c.guess.name.split(/\s+/)[0].toLowerCase(), lastWord(c.guess.name)))
        fullNames.set(key, person);
    }
  }

  const resolve = (c: Candidate): { id: string; name: string; type: ActorType; role?: string; guessed?: boolean } | null => {
    if (c.guess) {
      const known = c.guess.type === 'person' ? fullNames.get(lastWord(c.guess.name)) : undefined;
      if (known && !c.guess.name.includes(' ')) return known;
      return { id: `guess/${c.guess.type}/${slug(c.guess.name)}`, name: c.guess.name, type: c.guess.type, guessed: true };
    }
    const phrases = c.phrases!;
    if (phrases.length === 1 && phrases[0].kind !== 'surname') return phrases[0].entry;
    const surface = tokens[c.to - 1].key;
    const onPage = fullNames.get(surface);
    if (onPage && phrases.every((p) => p.kind === 'surname')) return onPage;
    const names = phrases.filter((p) => p.kind !== 'surname');
    if (names.length) return names[0].entry;
    const ids = new Set(phrases.map((p) => p.entry.id));
    return ids.size === 1 ? phrases[0].entry : null;
  };

  const places = new Map<string, PlaceResult>();
  for (const c of candidates) {
    const start = tokens[c.from].start;
    const end = tokens[c.to - 1].end;
    const surface = text.slice(start, end);
    if (c.place) {
      const id = `place/${slug(c.place)}`;
      const place = places.get(id) ?? places.set(id, { id, name: c.place, mentions: [] }).get(id)!;
      // "LONDON" in a dateline, "London" in the story: the name as the story writes it.
      if (place.name === place.name.toUpperCase() && c.place !== c.place.toUpperCase()) place.name = c.place;
      place.mentions.push({ start, end, surface });
      continue;
    }
    const actor = resolve(c);
    if (!actor) continue;
    let result = actors.get(actor.id);
    if (!result) {
      result = { id: actor.id, name: actor.name, type: actor.type, mentions: [] };
      if ('role' in actor && actor.role) result.role = actor.role;
      if ('guessed' in actor && actor.guessed) result.guessed = true;
      // A curated entry without a role, or a name found by its shape, gets its role from the knowledge base.
      const facts = result.role ? undefined : kb?.facts(actor.name);
      if (facts && facts.type === actor.type) result.role = cardRole(facts);
      actors.set(actor.id, result);
    }
    if (result.guessed && result.type === 'person' && !result.articleRole) {
      const role = articleRole(text, tokens, c);
      if (role) result.articleRole = role;
    }
    const mention: Mention = { start, end, surface };
    if (c.nameFrom !== undefined && c.nameFrom > c.from) mention.nameStart = tokens[c.nameFrom].start;
    result.mentions.push(mention);
  }

  // Hiding applies to the actor: one hidden wording hides all its names. Its mentions
  // still keep topics off its words ("troops" of a hidden "American troops" is no topic).
  const isHidden = (a: ActorResult) => hidden.has(a.name) || a.mentions.some((m) => hidden.has(m.surface));
  const taken: Mention[] = [...actors.values()].flatMap((a) => a.mentions).sort((a, b) => a.start - b.start);
  for (const a of actors.values()) if (isHidden(a)) actors.delete(a.id);
  const overlapsActor = (m: Mention) => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid].end <= m.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < taken.length && taken[lo].start < m.end;
  };
  const ownTopics = (options.customActors ?? [])
    .filter((a) => a.type === 'topic')
    .map((a) => ({ id: a.id, name: a.name, terms: [a.name, ...a.aliases] }));
  const topics = (yield* topicSteps(text, tokens, ownTopics))
    .map((t) => ({ ...t, mentions: t.mentions.filter((m) => !overlapsActor(m)) }))
    .filter((t) => t.mentions.length);

  return { actors: [...actors.values()], topics, places: [...places.values()] };
}
