/**
 * Readers for each source of `../shared/data/knowledge/` (layout and quirks in its
 * README): every reader takes a `SourceReader` over that folder (the build script's files,
 * or an in-memory fixture in tests) and returns raw actors, one per source record, not yet
 * merged. A missing file gives no actors. Roles are one line; people carry the years of
 * the role and whether it is former; `asOf` says how current a source is.
 */
import { load as loadYaml } from 'js-yaml';
import { csvRecords, fixCapitals, stripHtml } from './text';
import type { KbType } from './format';

export interface SourceReader {
  /** A file's text (UTF-8, stray Latin-1 read as cp1252), or null when absent. */
  text(path: string): string | null;
  /** Names of the entries of a folder (sorted), or [] when absent. */
  list(dir: string): string[];
}

export type SourceId =
  | 'factbook'
  | 'wikidata'
  | 'congress'
  | 'partyfacts'
  | 'parlgov'
  | 'igo'
  | 'publicbodies'
  | 'ucdp'
  | 'misp'
  | 'mitre'
  | 'microsoft'
  | 'fundus';

export interface RawActor {
  source: SourceId;
  type: KbType;
  name: string;
  aliases: string[];
  role: string;
  country?: string;
  /** "2013–", "2017–2021": years of the role, people only. */
  years?: string;
  former?: boolean;
  /** Year-month the source is current as of ("2022-08"). */
  asOf: string;
  /** Wikidata QID when the source gives one. */
  qid?: string;
  /** The source's own id, for a stable KB id when there is no QID. */
  ref: string;
}

const year = (d: string | undefined) => (d && /^\d{4}/.test(d) ? d.slice(0, 4) : '');
const span = (start?: string, end?: string) => (year(start) || year(end) ? `${year(start)}–${year(end)}` : undefined);
const splitList = (s: string | undefined, sep = /\s*[,;]\s*/) =>
  s
    ? s
        .split(sep)
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

/** QID → English country name, from the foreign-minister tables (they cover every state). */
function countryNames(src: SourceReader): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of [
    'wikidata-officeholders/world/sources/foreign/scraped.csv',
    'wikidata-officeholders/world/sources/foreign/wikidata.csv',
  ]) {
    for (const r of csvRecords(src.text(f) ?? '')) if (r.country && r.countryLabel) names.set(r.country, r.countryLabel);
  }
  return names;
}

/** "albania-cabinet" → "Albania": the folder name without its suffix, words capitalised. */
const repoCountry = (repo: string) =>
  repo
    .replace(/-(cabinet|ministers|ministries|government|officials)$/, '')
    .split('-')
    .map((w) => (w === 'and' || w === 'of' ? w : w[0].toUpperCase() + w.slice(1)))
    .join(' ');

/** A position label as a one-line role: "Prime Minister" → "Prime Minister of Albania". */
export function positionRole(label: string, country: string): string {
  const l = label[0].toUpperCase() + label.slice(1);
  if (!country || l.includes(country)) return l;
  return / of | to |\bfor\b/.test(l) ? `${l} (${country})` : `${l} of ${country}`;
}

/**
 * Office-holders (Wikidata via every-politician): current holders and those of the
 * positions since 2000, with start/end dates; a role with an end date is former.
 */
export function readOfficeholders(src: SourceReader, sinceYear: number): RawActor[] {
  const out: RawActor[] = [];
  const qidCountry = countryNames(src);
  const base = 'wikidata-officeholders';
  for (const repo of src.list(base)) {
    const positions = csvRecords(src.text(`${base}/${repo}/html/positions.csv`) ?? '');
    const counts = new Map<string, number>();
    for (const p of positions) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
    const topQid = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    const country = repo === 'world' ? '' : (topQid && qidCountry.get(topQid)) || repoCountry(repo);
    const asOf = '2022-08';
    const seen = new Set<string>();
    // current.csv first: a holder listed in both keeps the row without an end.
    const rows = [
      ...csvRecords(src.text(`${base}/${repo}/html/current.csv`) ?? ''),
      ...csvRecords(src.text(`${base}/${repo}/html/holders21.csv`) ?? ''),
    ];
    for (const r of rows) {
      if (!r.person || !r.position || !/^Q\d+$/.test(r.personID ?? '')) continue;
      const former = !!r.end;
      if (former && Number(year(r.end)) < sinceYear) continue;
      const dedupe = `${r.personID}|${r.position}|${year(r.start)}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      out.push({
        source: 'wikidata',
        type: 'person',
        name: r.person,
        aliases: [],
        role: positionRole(r.position, country),
        ...(country ? { country } : {}),
        years: span(r.start, r.end),
        former,
        asOf,
        qid: r.personID,
        ref: r.personID,
      });
    }
  }
  for (const r of csvRecords(src.text(`${base}/world/sources/foreign/scraped.csv`) ?? '')) {
    if (!r.person || !r.name || !r.positionLabel) continue;
    out.push({
      source: 'wikidata',
      type: 'person',
      name: r.name,
      aliases: [],
      role: r.positionLabel,
      country: r.countryLabel,
      years: span(r.start),
      former: false,
      asOf: '2022-12',
      qid: r.person,
      ref: r.person,
    });
  }
  return out;
}

/** "President Bajram BEGAJ (since 24 July 2022)" → title, name, since-year; null when no name in capitals. */
export function parseOfficial(text: string): { title: string; name: string; since?: string } | null {
  const m = /^(.*?)\s*(?:\((?:since|from) ([^)]*)\))?\s*$/.exec(text.trim());
  if (!m) return null;
  const words = m[1].replace(/,.*$/, '').split(/\s+/).filter(Boolean);
  const isCaps = (w: string) => /^[\p{Lu}\p{M}'’.-]{2,}$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);
  let last = -1;
  for (let k = 0; k < words.length; k++) if (isCaps(words[k])) last = k;
  if (last < 0) return null;
  let first = words.findIndex(isCaps);
  // Given names before the surname: capitalised words back to the title ("Prime Minister Edi").
  while (first > 0 && !TITLE_WORDS.has(words[first - 1].toLowerCase()) && /^[\p{L}]/u.test(words[first - 1])) first--;
  const title = words.slice(0, first).join(' ');
  if (!title) return null;
  const since = m[2] && /\d{4}/.exec(m[2])?.[0];
  return { title, name: fixCapitals(words.slice(first, last + 1).join(' ')), ...(since ? { since } : {}) };
}

const REGIONS: Record<string, string> = {
  africa: 'Africa',
  'australia-oceania': 'Oceania',
  'central-america-n-caribbean': 'Central America and the Caribbean',
  'central-asia': 'Central Asia',
  'east-n-southeast-asia': 'East and Southeast Asia',
  europe: 'Europe',
  'middle-east': 'the Middle East',
  'north-america': 'North America',
  'south-america': 'South America',
  'south-asia': 'South Asia',
};

const TITLE_WORDS = new Set(
  'president vice prime minister deputy first second chief executive chancellor premier king queen emperor emir sultan crown prince princess grand duke governor-general governor general chairman chairwoman chair supreme leader head state council of the and co-prince regent lieutenant federal acting interim captains captain regent administrator mayor high commissioner representative secretary sheikh state'.split(
    ' ',
  ),
);

/**
 * Where a country lies, in the Factbook's own first words ("Southwestern Asia, bordering
 * …" → "Southwestern Asia"), or null when they do not name a region; the folders group
 * by region loosely (Russia, Armenia and Georgia sit in "central-asia").
 */
const placeOf = (location: string): string | null => {
  const first = location
    .split(',')[0]
    .split(/\s+(?:bordering|between)\b/)[0]
    .trim();
  if (first.split(' ').length > 4) return null;
  const region = /^(?:[A-Z][a-z]+ )*(?:Asia|Europe|Africa|America|Oceania|(the )?(Caribbean|Middle East|Mediterranean))$/.exec(
    first,
  );
  if (!region) return null;
  return region[2] && !region[1] ? first.replace(region[2], `the ${region[2]}`) : first;
};

/** A Factbook text field: `{ text }` with HTML. */
const field = (obj: unknown, ...path: string[]): string => {
  let o = obj as Record<string, unknown> | undefined;
  for (const p of path) o = o?.[p] as Record<string, unknown> | undefined;
  return typeof (o as { text?: unknown } | undefined)?.text === 'string' ? stripHtml((o as { text: string }).text) : '';
};

/**
 * CIA World Factbook (Jan 2026): chiefs of state and heads of government, parties
 * ("Name or ABBR" lines), countries with their local names.
 */
export function readFactbook(src: SourceReader): RawActor[] {
  const out: RawActor[] = [];
  const base = 'cia-world-factbook';
  for (const region of src.list(base).filter((d) => !d.includes('.'))) {
    for (const file of src.list(`${base}/${region}`).filter((f) => f.endsWith('.json'))) {
      const profile = JSON.parse(src.text(`${base}/${region}/${file}`) ?? '{}') as Record<string, unknown>;
      const gov = profile.Government as Record<string, unknown> | undefined;
      if (!gov) continue;
      const short = field(gov, 'Country name', 'conventional short form');
      const long = field(gov, 'Country name', 'conventional long form');
      const country = short && short !== 'none' ? short : long;
      if (!country || country === 'none') continue;
      const ref = `fb-${file.replace('.json', '')}`;
      const capital = field(gov, 'Capital', 'name')
        .replace(/\s*\(.*$/, '')
        .replace(/;.*$/, '');
      const where = placeOf(field(profile.Geography, 'Location')) ?? REGIONS[region];
      // "Kosove (Albanian)/ Kosovo (Serbian)": one name per language, without the language.
      const local = ['local short form', 'local long form', 'conventional long form']
        .flatMap((k) => field(gov, 'Country name', k).split('/'))
        .map((n) => n.replace(/\s*\([^)]*\)/g, '').trim())
        .filter((n) => n && n !== 'none' && n !== country && !n.includes(';'));
      out.push({
        source: 'factbook',
        type: 'country',
        name: country,
        aliases: local,
        role: `Country${where ? ` in ${where}` : ''}${capital && capital !== 'none' ? ` (capital: ${capital})` : ''}`,
        country,
        asOf: '2026-01',
        ref,
      });
      for (const key of ['chief of state', 'head of government']) {
        for (const part of field(gov, 'Executive branch', key).split(/\n|;|\.\s/)) {
          const official = parseOfficial(part.replace(/\s*note:.*$/i, ''));
          if (!official || official.name.split(' ').length < 2) continue;
          const title = official.title.replace(/^(?:the\s)/i, '');
          out.push({
            source: 'factbook',
            type: 'person',
            name: official.name,
            aliases: [],
            role: /\bof\b/.test(title) ? title : `${title} of ${country}`,
            country,
            years: official.since ? `${official.since}–` : undefined,
            former: false,
            asOf: '2026-01',
            ref: `${ref}-${official.name}`,
          });
        }
      }
      for (const line of field(gov, 'Political parties').split('\n')) {
        const m = /^(.+?) or ([\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*)\s*(?:\(.*)?$/u.exec(line.trim());
        const name = (m ? m[1] : line.replace(/\s*\(.*$/, '')).trim();
        if (!name || name.length > 80 || /^note|coalition|alliance/i.test(name)) continue;
        out.push({
          source: 'factbook',
          type: 'organization',
          name,
          aliases: m ? [m[2]] : [],
          role: `Political party, ${country}`,
          country,
          asOf: '2026-01',
          ref: `${ref}-${name}`,
        });
      }
    }
  }
  return out;
}

/** US Congress (current members) and presidents/vice-presidents. */
export function readCongress(src: SourceReader): RawActor[] {
  const out: RawActor[] = [];
  type Person = {
    id: { wikidata?: string; bioguide?: string };
    name: { first: string; last: string; official_full?: string; nickname?: string };
    terms: { type: string; start: string; end: string; state?: string; party?: string }[];
  };
  const current = (loadYaml(src.text('congress-legislators/legislators-current.yaml') ?? '[]') ?? []) as Person[];
  for (const p of current) {
    const t = p.terms[p.terms.length - 1];
    const name = p.name.official_full ?? `${p.name.first} ${p.name.last}`;
    const first = p.terms.find((x) => x.type === t.type)?.start;
    const chamber = t.type === 'sen' ? 'US Senator' : 'US Representative';
    const aliases = [`${p.name.first} ${p.name.last}`, ...(p.name.nickname ? [`${p.name.nickname} ${p.name.last}`] : [])].filter(
      (a) => a !== name,
    );
    out.push({
      source: 'congress',
      type: 'person',
      name,
      aliases,
      role: `${chamber} (${t.party ?? 'independent'}, ${t.state})`,
      country: 'United States',
      years: span(first),
      former: false,
      asOf: '2026-06',
      ...(p.id.wikidata ? { qid: p.id.wikidata } : {}),
      ref: p.id.bioguide ?? name,
    });
  }
  const exec = (loadYaml(src.text('congress-legislators/executive.yaml') ?? '[]') ?? []) as Person[];
  for (const p of exec) {
    const terms = p.terms.filter((t) => Number(year(t.end)) >= 1989);
    if (!terms.length) continue;
    const t = terms[terms.length - 1];
    const title = t.type === 'prez' ? 'President of the United States' : 'Vice President of the United States';
    const ended = new Date(t.end) < new Date('2025-06-01');
    const name = p.name.official_full ?? `${p.name.first} ${p.name.last}`;
    out.push({
      source: 'congress',
      type: 'person',
      name,
      aliases: [`${p.name.first} ${p.name.last}`].filter((a) => a !== name),
      role: title,
      country: 'United States',
      years: span(terms.find((x) => x.type === t.type)!.start, ended ? t.end : undefined),
      former: ended,
      asOf: '2025-01',
      ...(p.id.wikidata ? { qid: p.id.wikidata } : {}),
      ref: p.id.bioguide ?? name,
    });
  }
  return out;
}

/** ISO3 → English country name, from the IGO crosswalk. */
function iso3Names(src: SourceReader): Map<string, string> {
  return new Map(csvRecords(src.text('igo-membership/Countrycodes.csv') ?? '').map((r) => [r.ISO_3166_3, r['NAME.EN']]));
}

/** Party Facts core parties (worldwide, 2020) with Wikidata ids, and ParlGov (EU/OECD). */
export function readParties(src: SourceReader): RawActor[] {
  const out: RawActor[] = [];
  const iso3 = iso3Names(src);
  const qids = new Map(
    csvRecords(src.text('partyfacts/partyfacts-wikidata.csv') ?? '').map((r) => [r.partyfacts_id, r.wikidata_id]),
  );
  for (const r of csvRecords(src.text('partyfacts/partyfacts-core-parties.csv') ?? '')) {
    if (r.technical) continue;
    const country = iso3.get(r.country) ?? r.country;
    const english = splitList(r.name_english, /\s*\/\s*/);
    const name = english[0] || r.name;
    const aliases = [r.name, ...english.slice(1), ...(r.name_short ? [r.name_short] : [])].filter((a) => a && a !== name);
    const defunct = r.year_last && Number(r.year_last) < 2020;
    // Parties gone before 2000 are history, not news.
    if (r.year_last && Number(r.year_last) < 2000) continue;
    out.push({
      source: 'partyfacts',
      type: 'organization',
      name,
      aliases,
      role: `${defunct ? 'Former political party' : 'Political party'}, ${country}`,
      country,
      asOf: '2020-12',
      ...(qids.get(r.partyfacts_id) ? { qid: qids.get(r.partyfacts_id) } : {}),
      ref: `pf${r.partyfacts_id}`,
    });
  }
  const countries = new Map(csvRecords(src.text('parlgov/02__datacore__Country.csv') ?? '').map((r) => [r.id, r.name]));
  for (const r of csvRecords(src.text('parlgov/21__parties__Party.csv') ?? '')) {
    const name = r.name_english || r.name;
    if (!name || (Number(year(r.dissolution_date)) < 2000 && year(r.dissolution_date))) continue;
    const country = countries.get(r.country_id ?? r.country) ?? '';
    const aliases = [r.name, r.name_ascii, r.name_short, r.name_nonlatin].filter((a) => a && a !== name && a !== '-');
    out.push({
      source: 'parlgov',
      type: 'organization',
      name,
      aliases,
      role: `${year(r.dissolution_date) ? 'Former political party' : 'Political party'}${country ? `, ${country}` : ''}`,
      ...(country ? { country } : {}),
      asOf: '2024-08',
      ref: `pg${r.id}`,
    });
  }
  return out;
}

/** Intergovernmental organisations (abbreviation ↔ name) and US/EU public bodies. */
export function readBodies(src: SourceReader): RawActor[] {
  const out: RawActor[] = [];
  const igos = new Map<string, string>();
  for (const r of csvRecords(src.text('igo-membership/CountrycodesOrgs.csv') ?? ''))
    if (r.org_id) igos.set(r.org_id, r.org_name.trim());
  for (const [abbr, name] of [...igos].sort()) {
    out.push({
      source: 'igo',
      type: 'organization',
      name,
      aliases: abbr !== name ? [abbr] : [],
      role: 'Intergovernmental organization',
      asOf: '2020-01',
      ref: `igo-${abbr}`,
    });
  }
  for (const [file, country, label] of [
    ['us', 'United States', 'US federal agency'],
    ['eu', '', 'European Union body'],
  ] as const) {
    for (const r of csvRecords(src.text(`publicbodies/${file}.csv`) ?? '')) {
      if (!r.name) continue;
      const aliases = [r.abbreviation, ...splitList(r.other_names, /\s*;\s*/)].filter(Boolean);
      out.push({
        source: 'publicbodies',
        type: 'organization',
        name: r.name.replace(/^The /, ''),
        aliases,
        role: label,
        ...(country ? { country } : {}),
        asOf: '2021-04',
        ref: r.id,
      });
    }
  }
  return out;
}

/**
 * UCDP armed actors (2022) of Org 1, formally organised non-state groups; governments (4),
 * supporters of a party (2) and communal or ethnic identity groups (3: "Afar", "Moro") are
 * not actors a reader wants highlighted.
 */
export function readUcdp(src: SourceReader): RawActor[] {
  const out: RawActor[] = [];
  for (const r of csvRecords(src.text('ucdp-actors/ucdp-actor-221.csv') ?? '')) {
    if (r.Org !== '1' || !r.NameData) continue;
    const na = (s: string | undefined) => (s && s !== 'n/a' ? s : '');
    const aliases = [na(r.NameOrig), na(r.NameOrigFull), na(r.NameOrigFullEng), na(r.NewName)].filter(
      (a) => a && a !== r.NameData,
    );
    const where = splitList(r.Location).slice(0, 2).join(', ');
    out.push({
      source: 'ucdp',
      type: 'group',
      name: r.NameData,
      aliases,
      role: `Armed group${where ? `, ${where}` : ''} (UCDP)`,
      ...(where ? { country: splitList(r.Location)[0] } : {}),
      asOf: '2022-01',
      ref: `ucdp${r.ActorId}`,
    });
  }
  return out;
}

const ISO2: Record<string, string> = {
  CN: 'China',
  RU: 'Russia',
  IR: 'Iran',
  KP: 'North Korea',
  KR: 'South Korea',
  US: 'United States',
  IN: 'India',
  PK: 'Pakistan',
  VN: 'Vietnam',
  IL: 'Israel',
  LB: 'Lebanon',
  TR: 'Turkey',
  UA: 'Ukraine',
  BY: 'Belarus',
  SY: 'Syria',
  PS: 'Palestine',
  AE: 'United Arab Emirates',
  GB: 'United Kingdom',
  FR: 'France',
  NG: 'Nigeria',
  BR: 'Brazil',
  KZ: 'Kazakhstan',
  SA: 'Saudi Arabia',
  TW: 'Taiwan',
  ES: 'Spain',
  DE: 'Germany',
};
const DEMONYM: Record<string, string> = {
  China: 'Chinese',
  Russia: 'Russian',
  Iran: 'Iranian',
  'North Korea': 'North Korean',
  'South Korea': 'South Korean',
  'United States': 'US',
  India: 'Indian',
  Pakistan: 'Pakistani',
  Vietnam: 'Vietnamese',
  Israel: 'Israeli',
  Lebanon: 'Lebanese',
  Turkey: 'Turkish',
  Ukraine: 'Ukrainian',
  Belarus: 'Belarusian',
  Syria: 'Syrian',
  Palestine: 'Palestinian',
  'United Arab Emirates': 'Emirati',
  'United Kingdom': 'British',
  France: 'French',
  Nigeria: 'Nigerian',
  Brazil: 'Brazilian',
  Kazakhstan: 'Kazakh',
  'Saudi Arabia': 'Saudi',
  Taiwan: 'Taiwanese',
  Spain: 'Spanish',
  Germany: 'German',
};

/** "Russian state-linked hacker group", or "Hacker group" when no country is known. */
export const hackerRole = (country: string | undefined) =>
  country && DEMONYM[country] ? `${DEMONYM[country]} state-linked hacker group` : 'Hacker group';

/** Threat actors: MISP galaxy (with Microsoft weather names), MITRE ATT&CK groups, Microsoft's mapping. */
export function readThreatActors(src: SourceReader): RawActor[] {
  const out: RawActor[] = [];
  type Cluster = {
    values: {
      value: string;
      uuid: string;
      meta?: { synonyms?: string[]; country?: string; 'cfr-suspected-state-sponsor'?: string };
    }[];
  };
  for (const file of ['threat-actor', 'microsoft-activity-group']) {
    const cluster = JSON.parse(src.text(`misp-galaxy/clusters/${file}.json`) ?? '{"values":[]}') as Cluster;
    for (const v of cluster.values) {
      const country = v.meta?.['cfr-suspected-state-sponsor'] ?? (v.meta?.country ? ISO2[v.meta.country] : undefined);
      out.push({
        source: 'misp',
        type: 'group',
        name: v.value,
        aliases: v.meta?.synonyms ?? [],
        role: hackerRole(country),
        ...(country ? { country } : {}),
        asOf: '2026-08',
        ref: `misp-${v.uuid}`,
      });
    }
  }
  for (const domain of ['enterprise-attack', 'ics-attack', 'mobile-attack']) {
    for (const file of src.list(`mitre-attack/${domain}/intrusion-set`)) {
      const bundle = JSON.parse(src.text(`mitre-attack/${domain}/intrusion-set/${file}`) ?? '{"objects":[]}') as {
        objects: {
          type: string;
          name: string;
          aliases?: string[];
          revoked?: boolean;
          x_mitre_deprecated?: boolean;
          external_references?: { external_id?: string }[];
        }[];
      };
      for (const o of bundle.objects) {
        if (o.type !== 'intrusion-set' || o.revoked || o.x_mitre_deprecated) continue;
        const gid = o.external_references?.find((r) => r.external_id?.startsWith('G'))?.external_id;
        out.push({
          source: 'mitre',
          type: 'group',
          name: o.name,
          aliases: [...(o.aliases ?? []), ...(gid ? [gid] : [])],
          role: 'Hacker group',
          asOf: '2025-11',
          ref: `mitre-${gid ?? o.name}`,
        });
      }
    }
  }
  const mapping = JSON.parse(src.text('microsoft-threat-actor-naming/MicrosoftMapping.json') ?? '[]') as Record<string, string>[];
  for (const m of mapping) {
    const origin = splitList(m['Origin/Threat'])[0];
    const country = origin && DEMONYM[origin] ? origin : undefined;
    out.push({
      source: 'microsoft',
      type: 'group',
      name: m['Threat actor name'],
      aliases: splitList(m['Other names']),
      role: country ? hackerRole(country) : origin ? `Hacker group (${origin.toLowerCase()})` : 'Hacker group',
      ...(country ? { country } : {}),
      asOf: '2026-07',
      ref: `ms-${m['Threat actor name']}`,
    });
  }
  return out;
}

/** Major news publishers (fundus): display name and country. */
export function readPublishers(src: SourceReader): RawActor[] {
  const out: RawActor[] = [];
  const md = src.text('fundus-publishers/supported_publishers.md') ?? '';
  const iso2 = new Map(csvRecords(src.text('igo-membership/Countrycodes.csv') ?? '').map((r) => [r.ISO_3166_2, r['NAME.EN']]));
  let country = '';
  for (const section of md.split(/\n(?=## )/)) {
    // "## AT-Publishers": sections by ISO2 code.
    const head = /^## (\w+)-Publishers/.exec(section);
    if (head) country = iso2.get(head[1]) ?? '';
    for (const row of section.split(/<tr>/).slice(1)) {
      const cells = [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((c) => stripHtml(c[1], ' ').replace(/\s+/g, ' ').trim());
      if (!cells[1] || cells[1] === 'Name') continue;
      out.push({
        source: 'fundus',
        type: 'organization',
        name: cells[1],
        aliases: [],
        role: `News outlet${country ? `, ${country}` : ''}`,
        ...(country ? { country } : {}),
        asOf: '2026-07',
        ref: `fundus-${cells[0]}`,
      });
    }
  }
  return out;
}
