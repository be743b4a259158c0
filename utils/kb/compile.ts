/**
 * Compiles the raw actors of every source (sources.ts) into the shipped entries
 * (format.ts): duplicates merge (same Wikidata id; else same folded name and country;
 * hacker groups on any shared name), the newest source gives a person's current role,
 * a 2022 office-holder whose office the Factbook (2026) gives to someone else is marked
 * former, and names that would harm as highlights are kept for display only (see
 * `unmatchable`; an actor the curated list has is matched by that list alone). Deterministic: the same sources give the same entries in the same order.
 */
import type { KbEntry } from './format';
import { fold, nameKey } from './text';
import type { RawActor } from './sources';

export interface CompileOptions {
  /** Lowercase common English words (and demonyms): a name made only of them is never matched. */
  commonWords: ReadonlySet<string>;
  /** Lowercased abbreviations written in capitals as common nouns ("gdp", "ceo"): never matched alone. */
  commonAcronyms: ReadonlySet<string>;
  /** Whether the curated gazetteer has the phrase: it matches it itself (its entries win). */
  curated: (surface: string) => boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const words = (s: string) => s.match(WORD) ?? [];
const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&-]*$/u;

/** Why a surface may not be matched on a page, or null when it may. */
export function unmatchable(surface: string, type: KbEntry['type'], options: CompileOptions): string | null {
  const w = words(surface);
  if (!w.length || w.length > 8) return 'length';
  // The matcher skips tokens without a capital at once (base.ts): a name must open with one.
  if (!/\p{Lu}/u.test(w[0] ?? '')) return 'lowercase';
  if (options.curated(surface)) return 'curated';
  if (w.every((x) => options.commonWords.has(x.toLowerCase()))) return 'common words';
  if (w.length === 1) {
    if (type === 'person') return 'surname alone';
    if (ACRONYM.test(surface) && w[0].length < 3) return 'short acronym';
    if (ACRONYM.test(surface) && options.commonAcronyms.has(w[0].toLowerCase())) return 'common abbreviation';
    if (/^\d/.test(w[0])) return 'number';
  }
  return null;
}

/** Union-find over indices. */
function groups(n: number, links: Iterable<[number, number]>): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const [a, b] of links) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const out = new Map<number, number[]>();
  for (let i = 0; i < n; i++) out.set(find(i), [...(out.get(find(i)) ?? []), i]);
  return [...out.values()];
}

/** Links between raw actors that are the same actor. */
function* sameActor(raw: readonly RawActor[]): Generator<[number, number]> {
  const first = new Map<string, number>();
  const link = function* (key: string, i: number): Generator<[number, number]> {
    const j = first.get(key);
    if (j === undefined) first.set(key, i);
    else yield [j, i];
  };
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    if (r.qid) yield* link(`q|${r.qid}`, i);
    if (r.type === 'group' && r.source !== 'ucdp') {
      // Vendor names: any shared name joins two threat-actor records.
      for (const n of [r.name, ...r.aliases])
        if (words(n).join('').length >= 3) yield* link(`t|${nameKey(n).replace(/[\s-]+/g, '')}`, i);
    } else if (r.type === 'person') {
      yield* link(`p|${nameKey(r.name)}|${r.country ?? ''}`, i);
    } else {
      // Acronyms are not enough: two parties of one country may share one over the years.
      for (const n of [r.name, ...r.aliases])
        if (words(n).length >= 2) yield* link(`${r.type}|${nameKey(n)}|${r.country ?? ''}`, i);
    }
  }
}

const SOURCE_RANK: Record<RawActor['source'], number> = {
  factbook: 0,
  congress: 1,
  microsoft: 2,
  mitre: 3,
  misp: 4,
  wikidata: 5,
  partyfacts: 6,
  parlgov: 7,
  igo: 8,
  publicbodies: 9,
  ucdp: 10,
  fundus: 11,
};
const endYear = (r: RawActor) => Number(r.years?.split('–')[1] || 9999);
const startYear = (r: RawActor) => Number(r.years?.split('–')[0] || 0);

/** How much a role says about who someone is: head of state or government, minister-level, other. */
function tier(role: string): number {
  if (
    /\b(President|Prime Minister|Chancellor|King|Queen|Emir|Sultan|Supreme Leader|Premier)\b/.test(role) &&
    !/\b(Vice|Deputy)\b/i.test(role)
  )
    return 0;
  return /\b(Minister|Secretary|Senator|Representative|Governor|Chief|Commander|Speaker)\b/.test(role) ? 1 : 2;
}
/** Current roles before former ones, except that a former higher office outranks a lesser current one. */
const rank = (r: RawActor) => tier(r.role) * 2 + Number(r.former ?? false);

/** The record whose role the card shows: by `rank`, with a country, newest source, latest start. */
function bestRole(records: RawActor[]): RawActor {
  return [...records].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      Number(!a.country) - Number(!b.country) ||
      b.asOf.localeCompare(a.asOf) ||
      endYear(b) - endYear(a) ||
      startYear(b) - startYear(a) ||
      SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
      a.role.localeCompare(b.role),
  )[0];
}

/** The canonical name: MITRE's for hacker groups, else the best-ranked source's. */
function canonical(records: RawActor[]): RawActor {
  return [...records].sort(
    (a, b) =>
      Number(a.source !== 'mitre') - Number(b.source !== 'mitre') ||
      SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
      a.name.localeCompare(b.name),
  )[0];
}

/** Offices the Factbook (Jan 2026) names a holder for, by role: 2022 holders of them are former. */
/** An office's key: its role folded, without "the" ("Prime Minister of the United Kingdom" = "… of United Kingdom"). */
const officeKey = (role: string) => nameKey(role).replace(/\bthe /g, '');

function factbookOffices(raw: readonly RawActor[]): Map<string, Set<string>> {
  const offices = new Map<string, Set<string>>();
  for (const r of raw) {
    if (r.source !== 'factbook' || r.type !== 'person') continue;
    const k = officeKey(r.role);
    offices.set(k, (offices.get(k) ?? new Set()).add(nameKey(r.name)));
  }
  return offices;
}

const idOf = (records: RawActor[]) => {
  const q = records
    .map((r) => r.qid)
    .filter(Boolean)
    .sort()[0];
  return (
    q ??
    [...records]
      .map((r) => r.ref)
      .sort()[0]
      .normalize('NFD')
      .replace(/[^\w-]+/g, '-')
      .slice(0, 60)
  );
};

/**
 * Whether a person is worth shipping: anyone in office, and former holders of a head-of-state,
 * head-of-government or minister-level office (not former deputies, envoys or officials).
 */
export function worthShipping(role: RawActor): boolean {
  return role.type !== 'person' || !role.former || tier(role.role) < 2;
}

export function compileKb(raw: readonly RawActor[], options: CompileOptions): KbEntry[] {
  const offices = factbookOffices(raw);
  const staled = raw.map((r) => {
    if (r.source !== 'wikidata' || r.former || r.type !== 'person') return r;
    const holders = offices.get(officeKey(r.role));
    return holders && !holders.has(nameKey(r.name)) ? { ...r, former: true } : r;
  });
  const entries: KbEntry[] = [];
  const ids = new Set<string>();
  for (const members of groups(staled.length, sameActor(staled))) {
    const records = members.map((i) => staled[i]);
    const main = canonical(records);
    const role = bestRole(records);
    if (!worthShipping(role)) continue;
    const names = new Map<string, string>();
    for (const r of [main, ...records])
      for (const n of [r.name, ...r.aliases]) {
        const clean = n.replace(/\s+/g, ' ').trim();
        for (const form of [clean, fold(clean)])
          if (form && !names.has(nameKey(form) + (form === clean ? '' : '#')))
            names.set(form === clean ? nameKey(form) : `${nameKey(form)}#`, form);
      }
    const surfaces = [...new Set(names.values())].filter((s) => s !== main.name);
    let id = `kb/${idOf(records)}`;
    for (let k = 2; ids.has(id); k++) id = `kb/${idOf(records)}-${k}`;
    ids.add(id);
    entries.push({
      id,
      type: main.type,
      name: main.name,
      aliases: surfaces,
      role: role.role,
      // Left out when the role names it: the card shows the role, and bytes are load time.
      country:
        (role.country ?? main.country ?? '') && !role.role.includes(role.country ?? main.country ?? '')
          ? (role.country ?? main.country ?? '')
          : '',
      years: main.type === 'person' ? (role.years ?? '') : '',
      former: !!role.former,
      asOf: role.asOf,
      nameMatches: true,
    });
  }
  return markMatchable(entries, options).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Marks what may be matched: not `unmatchable`, and not shared by two actors. */
function markMatchable(entries: KbEntry[], options: CompileOptions): KbEntry[] {
  const owners = new Map<string, Set<string>>();
  for (const e of entries)
    for (const s of [e.name, ...e.aliases]) {
      const k = nameKey(s);
      owners.set(k, (owners.get(k) ?? new Set()).add(e.id));
    }
  const ok = (s: string, e: KbEntry) => owners.get(nameKey(s))!.size === 1 && !unmatchable(s, e.type, options);
  // An actor the curated list has (by its name, or a person by another full name) is matched
  // by the curated list alone, so that no second actor of it appears; countries all are.
  const curated = (e: KbEntry) =>
    e.type === 'country' ||
    options.curated(e.name) ||
    (e.type === 'person' && e.aliases.some((a) => words(a).length > 1 && options.curated(a)));
  return entries.map((e) =>
    curated(e)
      ? { ...e, nameMatches: false, aliases: e.aliases.map((a) => `~${a}`) }
      : { ...e, nameMatches: ok(e.name, e), aliases: e.aliases.map((a) => (ok(a, e) ? a : `~${a}`)) },
  );
}
