import { describe, expect, it } from 'vitest';
import {
  parseOfficial,
  readBodies,
  readCongress,
  readFactbook,
  readOfficeholders,
  readParties,
  readPublishers,
  readThreatActors,
  readUcdp,
} from '@/utils/kb/sources';
import { csvRecords, decodeMixed, fixCapitals, parseCsv, stripHtml } from '@/utils/kb/text';
import { FILES, fixture } from './fixture';

describe('source text helpers', () => {
  it('reads quoted CSV fields with commas, quotes and line breaks, and drops a BOM', () => {
    expect(parseCsv('\ufeffa,b\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
    expect(csvRecords('a,b\n1,2\n\n')).toEqual([{ a: '1', b: '2' }]);
  });
  it('reads stray Latin-1 bytes among UTF-8 as cp1252, and valid UTF-8 as UTF-8', () => {
    expect(decodeMixed(FILES['latin1.txt'])).toBe('Café – ok');
    expect(decodeMixed(new Uint8Array([0x93, 0x41, 0x94]))).toBe('“A”');
  });
  it('strips HTML and decodes entities', () => {
    expect(stripHtml('<em>a</em>&nbsp;b<br>c &amp; d&#160;')).toBe('a b\nc & d ');
  });
  it('writes surnames in capitals as names are written', () => {
    expect(fixCapitals('Friedrich MERZ')).toBe('Friedrich Merz');
    expect(fixCapitals('Mitch MCCONNELL')).toBe('Mitch McConnell');
    expect(fixCapitals('Abdel Fattah AL-SISI')).toBe('Abdel Fattah Al-Sisi');
  });
});

describe('source readers', () => {
  it('Factbook: officials from titles and capitals, parties from "Name or ABBR", countries with local names', () => {
    expect(parseOfficial('President Bajram BEGAJ (since 24 July 2022)')).toEqual({
      title: 'President',
      name: 'Bajram Begaj',
      since: '2022',
    });
    expect(parseOfficial('Prime Minister Edi RAMA')).toEqual({ title: 'Prime Minister', name: 'Edi Rama' });
    expect(parseOfficial('the Council of Ministers')).toBeNull();
    const fb = readFactbook(fixture);
    const rama = fb.find((r) => r.name === 'Edi Rama')!;
    expect(rama).toMatchObject({
      type: 'person',
      role: 'Prime Minister of Albania',
      country: 'Albania',
      years: '2013–',
      asOf: '2026-01',
      former: false,
    });
    expect(fb.find((r) => r.name === 'Democratic Party')).toMatchObject({ aliases: ['PD'], role: 'Political party, Albania' });
    expect(fb.find((r) => r.name === 'Freedom Party')?.aliases).toEqual([]);
    expect(fb.find((r) => r.type === 'country' && r.name === 'Albania')).toMatchObject({
      aliases: ['Shqiperia', 'Republic of Albania'],
      role: 'Country in Europe (capital: Tirana)',
    });
    // Where the profile says where it lies, its own words win over the folder's loose region.
    expect(fb.find((r) => r.type === 'country' && r.name === 'United Kingdom')?.role).toBe('Country in Western Europe');
    expect(fb.some((r) => /note|<|&/.test(r.name + r.role))).toBe(false);
  });
  it('office-holders: current and former roles with years, country from the positions, since a given year', () => {
    const rows = readOfficeholders(fixture, 2015);
    expect(rows.find((r) => r.qid === 'Q316901')).toMatchObject({
      role: 'Prime Minister of Albania',
      years: '2013–',
      former: false,
      asOf: '2022-08',
    });
    expect(rows.find((r) => r.qid === 'Q13043722' && r.former)).toMatchObject({
      role: 'Minister of Defence (Albania)',
      years: '2017–2020',
    });
    expect(rows.some((r) => r.name === 'Sali Berisha')).toBe(false);
    expect(rows.find((r) => r.role === 'Foreign Minister of Albania')?.name).toBe('Olta Xhaçka');
  });
  it('Congress and the executive, parties, bodies, UCDP (Org 1 only, no "n/a"), threat actors, publishers', () => {
    expect(readCongress(fixture).map((r) => [r.name, r.role, r.former])).toEqual([
      ['Maria Cantwell', 'US Senator (Democrat, WA)', false],
      ['Joseph R. Biden', 'President of the United States', true],
    ]);
    const parties = readParties(fixture);
    expect(parties.find((r) => r.ref === 'pf101')).toMatchObject({
      name: 'Fine Gael',
      qid: 'Q247135',
      role: 'Political party, Ireland',
    });
    expect(parties.find((r) => r.ref === 'pg55')).toMatchObject({ name: 'Fine Gael', country: 'Ireland' });
    expect(readBodies(fixture).find((r) => r.name === 'North Atlantic Treaty Organization')).toMatchObject({
      aliases: ['NATO'],
      role: 'Intergovernmental organization',
    });
    expect(readUcdp(fixture)).toEqual([
      expect.objectContaining({ name: 'Taleban', aliases: [], role: 'Armed group, Afghanistan, Pakistan (UCDP)' }),
    ]);
    const groups = readThreatActors(fixture);
    expect(groups.map((g) => g.source).sort()).toEqual(['microsoft', 'misp', 'mitre']);
    expect(groups.find((g) => g.source === 'misp')?.role).toBe('Russian state-linked hacker group');
    expect(readPublishers(fixture)).toEqual([
      expect.objectContaining({ name: 'The Irish Times', country: 'Ireland', role: 'News outlet, Ireland' }),
    ]);
  });
});
