/**
 * A miniature of ../shared/data/knowledge: one small file per source format, with the
 * quirks its README names (HTML in Factbook fields, surnames in capitals, a UTF-8 BOM,
 * "n/a", Latin-1 bytes among UTF-8), read through the same `SourceReader` as the build.
 */
import type { SourceReader } from '@/utils/kb/sources';
import { decodeMixed } from '@/utils/kb/text';

const enc = (s: string) => new TextEncoder().encode(s);

export const FILES: Record<string, Uint8Array> = {
  'cia-world-factbook/europe/al.json': enc(
    JSON.stringify({
      Government: {
        'Country name': {
          'conventional short form': { text: 'Albania' },
          'conventional long form': { text: 'Republic of Albania' },
          'local short form': { text: 'Shqiperia' },
        },
        Capital: { name: { text: 'Tirana (Tirane)' } },
        'Executive branch': {
          'chief of state': { text: 'President Bajram BEGAJ (since 24 July 2022)' },
          'head of government': {
            text: 'Prime Minister Edi RAMA (since 10 September 2013)<br><br><strong>note:</strong> the prime minister is also…',
          },
        },
        'Political parties': {
          text: 'Democratic Party or PD&nbsp;<br>Socialist Party of Albania or PSSH<br><em>Freedom Party</em> (formerly LSI)',
        },
      },
    }),
  ),
  'cia-world-factbook/europe/uk.json': enc(
    JSON.stringify({
      Geography: { Location: { text: 'Western Europe, islands between the North Atlantic Ocean and the North Sea' } },
      Government: {
        'Country name': { 'conventional short form': { text: 'United Kingdom' } },
        'Executive branch': { 'head of government': { text: 'Prime Minister Keir STARMER (since 5 July 2024)' } },
      },
    }),
  ),
  'wikidata-officeholders/world/sources/foreign/scraped.csv': enc(
    'country,countryLabel,person,name,position,positionLabel,start\nQ222,Albania,Q13043722,Olta Xhaçka,,Foreign Minister of Albania,2020-12-31\nQ145,United Kingdom,Q1,Someone,,Foreign Secretary,2022-09-06\n',
  ),
  'wikidata-officeholders/albania-cabinet/html/positions.csv': enc(
    'id,position,country,jurisdiction\nQ1625960,President of Albania,Q222,Q222\n',
  ),
  'wikidata-officeholders/albania-cabinet/html/current.csv': enc(
    'position,person,personID,start,end\nPrime Minister,Edi Rama,Q316901,2013-09-15,\nMinister of Defence,Niko Peleshi,Q7035420,2021-09-18,\n',
  ),
  'wikidata-officeholders/albania-cabinet/html/holders21.csv': enc(
    'position,person,personID,start,end\nPrime Minister,Sali Berisha,Q57446,2005,2013\nMinister of Defence,Olta Xhaçka,Q13043722,2017-09-13,2020-12-31\n',
  ),
  'wikidata-officeholders/united-kingdom-cabinet/html/current.csv': enc(
    'position,person,personID,start,end\nPrime Minister of the United Kingdom,Boris Johnson,Q180589,2019-07-24,\n',
  ),
  'wikidata-officeholders/united-kingdom-cabinet/html/positions.csv': enc(
    'id,position,country\nQ14211,Prime Minister of the United Kingdom,Q145\n',
  ),
  'congress-legislators/legislators-current.yaml': enc(
    "- id:\n    bioguide: C000127\n    wikidata: Q22250\n  name:\n    first: Maria\n    last: Cantwell\n    official_full: Maria Cantwell\n  terms:\n  - type: sen\n    start: '2001-01-03'\n    end: '2031-01-03'\n    state: WA\n    party: Democrat\n",
  ),
  'congress-legislators/executive.yaml': enc(
    "- id:\n    bioguide: B000444\n    wikidata: Q6279\n  name:\n    first: Joseph\n    last: Biden\n    official_full: Joseph R. Biden\n  terms:\n  - type: prez\n    start: '2021-01-20'\n    end: '2025-01-20'\n    party: Democrat\n",
  ),
  'igo-membership/Countrycodes.csv': enc('"ISO_3166_2","ISO_3166_3","NAME.EN"\n"AL","ALB","Albania"\n"IE","IRL","Ireland"\n'),
  'igo-membership/CountrycodesOrgs.csv': enc(
    '"ISO_3166_2","ISO_3166_3","NAME.EN","source","org_name","org_id","org_member"\n"AL","ALB","Albania","CIAFactbook","North Atlantic Treaty Organization ","NATO","member"\n',
  ),
  'partyfacts/partyfacts-core-parties.csv': enc(
    'country,partyfacts_id,technical,name_short,name,name_english,name_other,year_first,year_last\nIRL,101,,FG,Fine Gael,Fine Gael / Family of the Irish,,1933,\nALB,102,,PD,Partia Demokratike e Shqipërisë,Democratic Party,,1990,\nALB,103,,PS,Partia Socialiste,Socialist Party,,1991,\n',
  ),
  'partyfacts/partyfacts-wikidata.csv': enc('country,partyfacts_id,wikidata_id,name\nIRL,101,Q247135,Fine Gael\n'),
  'parlgov/02__datacore__Country.csv': enc('id,name\n7,Ireland\n'),
  'parlgov/21__parties__Party.csv': enc(
    'id,country,family,name_short,name_english,name,name_ascii,name_nonlatin\n55,7,1,FG,Fine Gael,Fine Gael,Fine Gael,\n',
  ),
  'publicbodies/us.csv': enc(
    'id,name,abbreviation,other_names\nus/cia,Central Intelligence Agency,CIA,\nus/darpa,Defense Advanced Research Projects Agency,DARPA,\n',
  ),
  'ucdp-actors/ucdp-actor-221.csv': enc(
    '\ufeffActorId,NameData,NameOrig,NameOrigFull,NameOrigFullEng,NameChange,NewName,Org,Location\n303,Taleban,Taleban,n/a,n/a,0,,1,"Afghanistan, Pakistan"\n900,Afar,Afar,n/a,n/a,0,,3,Ethiopia\n',
  ),
  'misp-galaxy/clusters/threat-actor.json': enc(
    JSON.stringify({
      values: [{ value: 'APT28', uuid: 'u1', meta: { synonyms: ['Fancy Bear', 'STRONTIUM', 'Sofacy'], country: 'RU' } }],
    }),
  ),
  'misp-galaxy/clusters/microsoft-activity-group.json': enc(JSON.stringify({ values: [] })),
  'mitre-attack/enterprise-attack/intrusion-set/a.json': enc(
    JSON.stringify({
      objects: [
        {
          type: 'intrusion-set',
          name: 'APT28',
          aliases: ['APT28', 'Sofacy', 'Fancy Bear'],
          external_references: [{ external_id: 'G0007' }],
        },
        { type: 'intrusion-set', name: 'Old Group', revoked: true },
      ],
    }),
  ),
  'microsoft-threat-actor-naming/MicrosoftMapping.json': enc(
    JSON.stringify([
      { 'Threat actor name': 'Forest Blizzard', 'Origin/Threat': 'Russia', 'Other names': 'STRONTIUM, Fancy Bear' },
    ]),
  ),
  'fundus-publishers/supported_publishers.md': enc(
    '## IE-Publishers\n<table><tr><td><code>IrishTimes</code></td><td><div>The Irish Times</div></td></tr></table>\n',
  ),
  // A stray Latin-1 byte (0xE9, "é") inside UTF-8 text.
  'latin1.txt': new Uint8Array([...enc('Caf'), 0xe9, ...enc(' – ok')]),
};

export const fixture: SourceReader = {
  text: (p) => (FILES[p] ? decodeMixed(FILES[p]) : null),
  list: (dir) =>
    [
      ...new Set(
        Object.keys(FILES)
          .filter((p) => p.startsWith(`${dir}/`))
          .map((p) => p.slice(dir.length + 1).split('/')[0]),
      ),
    ].sort(),
};
