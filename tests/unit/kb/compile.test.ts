import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileKb, unmatchable, type CompileOptions } from '@/utils/kb/compile';
import { decodeKb, encodeKb, KbFormatError } from '@/utils/kb/format';
import { KnowledgeBase, cardRole } from '@/utils/kb/base';
import {
  readBodies,
  readCongress,
  readFactbook,
  readOfficeholders,
  readParties,
  readPublishers,
  readThreatActors,
  readUcdp,
  type RawActor,
} from '@/utils/kb/sources';
import { gazetteer } from '@/utils/extract/gazetteer';
import { fixture } from './fixture';

const options: CompileOptions = {
  commonWords: new Set(['democratic', 'party', 'freedom', 'socialist', 'the']),
  commonAcronyms: new Set(['gdp']),
  curated: (s) => gazetteer().trie.has(s),
};
const raw = (): RawActor[] =>
  [
    readFactbook,
    readCongress,
    (s: typeof fixture) => readOfficeholders(s, 2015),
    readParties,
    readBodies,
    readUcdp,
    readThreatActors,
    readPublishers,
  ].flatMap((r) => r(fixture));
const byName = (entries: ReturnType<typeof compileKb>, name: string) => entries.find((e) => e.name === name)!;

describe('compileKb', () => {
  const entries = compileKb(raw(), options);

  it('merges one actor across sources: Wikidata id, name and country, shared vendor names', () => {
    // Edi Rama: Wikidata (2022) and Factbook (2026) are one entry, the Factbook's role wins.
    const rama = entries.filter((e) => e.name === 'Edi Rama');
    expect(rama).toHaveLength(1);
    expect(rama[0]).toMatchObject({ id: 'kb/Q316901', role: 'Prime Minister of Albania', asOf: '2026-01', former: false });
    // Fine Gael: Party Facts (with QID), ParlGov and nothing else, one entry with its abbreviation kept for display.
    expect(entries.filter((e) => e.name === 'Fine Gael')).toHaveLength(1);
    // APT28 = Fancy Bear = Forest Blizzard across MISP, MITRE and Microsoft; MITRE's name is canonical.
    const apt28 = entries.filter(
      (e) => e.type === 'group' && [e.name, ...e.aliases].some((a) => a.replace('~', '') === 'Fancy Bear'),
    );
    expect(apt28).toHaveLength(1);
    expect(apt28[0].name).toBe('APT28');
    expect(apt28[0].role).toBe('Russian state-linked hacker group');
    expect(apt28[0].aliases.map((a) => a.replace('~', ''))).toEqual(
      expect.arrayContaining(['Forest Blizzard', 'Sofacy', 'G0007']),
    );
  });

  it('marks former roles: an ended term, and a 2022 office the Factbook gives to someone else', () => {
    const xhacka = byName(entries, 'Olta Xhaçka');
    expect(xhacka).toMatchObject({ role: 'Foreign Minister of Albania', former: false });
    expect(byName(entries, 'Joseph R. Biden')).toMatchObject({ former: true, years: '2021–2025' });
    expect(cardRole(byName(entries, 'Joseph R. Biden'))).toBe('Former President of the United States (2021–2025)');
    // The Factbook (2026) names Keir Starmer prime minister: Boris Johnson's 2022 role is former.
    const johnson = byName(entries, 'Boris Johnson');
    expect(johnson.former).toBe(true);
    expect(byName(entries, 'Keir Starmer')).toMatchObject({ former: false, years: '2024–' });
  });

  it('keeps harmful names for display only: common words, surnames alone, short or curated names', () => {
    expect(unmatchable('Freedom Party', 'organization', options)).toBe('common words');
    expect(unmatchable('Rama', 'person', options)).toBe('surname alone');
    expect(unmatchable('PD', 'organization', options)).toBe('short acronym');
    expect(unmatchable('GDP', 'organization', options)).toBe('common abbreviation');
    expect(unmatchable('NATO', 'organization', options)).toBe('curated');
    expect(unmatchable('Edi Rama', 'person', options)).toBeNull();
    expect(byName(entries, 'Democratic Party').nameMatches).toBe(false);
    expect(byName(entries, 'Edi Rama').nameMatches).toBe(true);
    expect(accentFree(entries)).toContain('Olta Xhacka');
  });

  it('is deterministic and round-trips through the shipped format', () => {
    const bytes = encodeKb(entries);
    expect(Buffer.from(encodeKb(compileKb(raw().reverse().reverse(), options))).equals(bytes)).toBe(true);
    expect(decodeKb(bytes)).toEqual(entries);
  });

  it('finds an entry by any of its names, an accent-free spelling included', () => {
    const kb = new KnowledgeBase(encodeKb(entries));
    expect(kb.size).toBe(entries.length);
    expect(kb.facts('Olta Xhaçka')?.name).toBe('Olta Xhaçka');
    expect(kb.facts('OLTA XHACKA')?.name).toBe('Olta Xhaçka');
    expect(kb.facts('Forest Blizzard')?.name).toBe('APT28');
    expect(kb.facts('Nobody Atall')).toBeUndefined();
  });
});

const accentFree = (entries: ReturnType<typeof compileKb>) => entries.flatMap((e) => e.aliases);

describe('shipped file', () => {
  it('rejects a truncated or foreign file', () => {
    const bytes = encodeKb(compileKb(raw(), options));
    expect(() => decodeKb(bytes.subarray(0, bytes.length - 40))).toThrow(KbFormatError);
    expect(() => decodeKb(new TextEncoder().encode('<html><body>Not found</body></html>'))).toThrow(KbFormatError);
  });

  it('the committed base loads and knows officials the curated list does not', () => {
    const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../public/kb/actors.bin')));
    // The committed file, index included, is the one its own entries give.
    expect(Buffer.from(encodeKb(decodeKb(bytes))).equals(bytes)).toBe(true);
    const kb = new KnowledgeBase(bytes);
    expect(kb.entries.length).toBeGreaterThan(20_000);
    expect(kb.facts('Edi Rama')).toMatchObject({ role: 'Prime Minister of Albania', country: '' });
    expect(kb.facts('Olta Xhacka')?.name).toBe('Olta Xhaçka');
  }, 30_000);
});
