/**
 * The gazetteer compiled into one phrase trie. Each phrase carries its pattern tokens so
 * a match can be checked for case: acronyms must stand in capitals ("US", not "us"),
 * capitalised words must be capitalised, lowercase words may be either (headline case).
 */
import type { ActorType } from '@/utils/model/kinds';
import type { CustomActor } from '@/utils/model/actor';
import { PhraseTrie } from '@/utils/text/phrase-trie';
import { tokenize } from '@/utils/text/tokens';
import { COUNTRIES } from './countries';
import { GROUPS, ORGANIZATIONS } from './organizations';
import { COMMON_SURNAMES } from './names';
import { PEOPLE } from './people';

export interface GazetteerEntry {
  id: string;
  name: string;
  type: ActorType;
  role?: string;
}

/** How a phrase refers to its entry; decides which context rules apply. */
export type PhraseKind = 'name' | 'surname' | 'metonym';

export interface Phrase {
  entry: GazetteerEntry;
  kind: PhraseKind;
  /** The pattern's tokens as written, for the case check. */
  tokens: string[];
}

export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const split = (field: string | undefined) =>
  field
    ? field
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const lines = (block: string) =>
  block
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function addPhrase(trie: PhraseTrie<Phrase>, text: string, entry: GazetteerEntry, kind: PhraseKind): void {
  trie.add(text, { entry, kind, tokens: tokenize(text).map((t) => t.text) });
}

function addNamed(trie: PhraseTrie<Phrase>, entry: GazetteerEntry, aliases: string[]): void {
  addPhrase(trie, entry.name, entry, 'name');
  for (const alias of aliases) addPhrase(trie, alias, entry, 'name');
}

interface Compiled {
  trie: PhraseTrie<Phrase>;
  entries: GazetteerEntry[];
  /** Lowercased one-word demonyms ("ukrainian"), which may open a title. */
  demonyms: Set<string>;
}

function compile(): Compiled {
  const trie = new PhraseTrie<Phrase>();
  const entries: GazetteerEntry[] = [];
  const demonymKeys = new Set<string>();
  for (const line of lines(COUNTRIES)) {
    const [name, aliases, demonyms, capitals] = line.split('|');
    const entry: GazetteerEntry = { id: `country/${slug(name)}`, name, type: 'country' };
    entries.push(entry);
    addNamed(trie, entry, split(aliases));
    for (const d of split(demonyms)) {
      if (!d.includes(' ')) demonymKeys.add(d.toLowerCase());
      for (const head of ['government', 'regime']) addPhrase(trie, `${d} ${head}`, entry, 'name');
    }
    for (const c of split(capitals)) addPhrase(trie, c, entry, c === 'Kremlin' ? 'name' : 'metonym');
    const demonym = split(demonyms)[0];
    if (demonym) addStateBodies(trie, entries, name, demonym);
  }
  for (const raw of lines(PEOPLE)) {
    const noSurname = raw.startsWith('!');
    const [name, aliases, role] = (noSurname ? raw.slice(1) : raw).split('|');
    const entry: GazetteerEntry = { id: `person/${slug(name)}`, name, type: 'person', ...(role ? { role } : {}) };
    entries.push(entry);
    addNamed(trie, entry, split(aliases));
    const surname = name.split(' ').pop()!;
    if (!noSurname && !COMMON_SURNAMES.has(surname.toLowerCase())) addPhrase(trie, surname, entry, 'surname');
  }
  for (const [block, type] of [
    [ORGANIZATIONS, 'organization'],
    [GROUPS, 'group'],
  ] as const) {
    for (const line of lines(block)) {
      const [name, aliases, role] = line.split('|');
      const entry: GazetteerEntry = { id: `${type}/${slug(name)}`, name, type, ...(role ? { role } : {}) };
      entries.push(entry);
      addNamed(trie, entry, split(aliases));
    }
  }
  return { trie, entries, demonyms: demonymKeys };
}

/** Bodies every state has, named the same way everywhere: "Russia's foreign ministry", "Vietnamese navy". */
const STATE_BODIES: [string, string][] = [
  ['Foreign Ministry', 'foreign ministry'],
  ['Defence Ministry', 'defence ministry;defense ministry'],
  ['military', 'armed forces;army;troops'],
  ['Navy', 'navy'],
  ['Coast Guard', 'coast guard'],
  ['security forces', 'security services'],
];

function addStateBodies(trie: PhraseTrie<Phrase>, entries: GazetteerEntry[], country: string, demonym: string): void {
  for (const [head, alts] of STATE_BODIES) {
    const name = `${demonym} ${head}`;
    if (trie.has(name)) continue;
    const entry: GazetteerEntry = {
      id: `organization/${slug(name)}`,
      name,
      type: 'organization',
      role: `${country}: ${head.toLowerCase()}`,
    };
    entries.push(entry);
    for (const h of [head.toLowerCase(), ...alts.split(';')]) {
      addPhrase(trie, `${demonym} ${h}`, entry, 'name');
      addPhrase(trie, `${country}'s ${h}`, entry, 'name');
    }
  }
}

let compiled: Compiled | null = null;

/** The built-in gazetteer, compiled on first use. */
export function gazetteer(): Compiled {
  return (compiled ??= compile());
}

/** A trie of the reader's watch-listed actors (not topics), matched like gazetteer names. */
export function customTrie(actors: readonly CustomActor[]): PhraseTrie<Phrase> {
  const trie = new PhraseTrie<Phrase>();
  for (const a of actors) {
    if (a.type === 'topic') continue;
    addNamed(trie, { id: a.id, name: a.name, type: a.type, ...(a.role ? { role: a.role } : {}) }, a.aliases);
  }
  return trie;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;
const UPPER_FIRST = /^\p{Lu}/u;

/** Whether a text token may stand for a pattern token, by the case rules above. */
export function caseFits(pattern: string, text: string): boolean {
  if (ACRONYM.test(pattern)) return text === pattern;
  if (UPPER_FIRST.test(pattern)) return UPPER_FIRST.test(text);
  return true;
}
