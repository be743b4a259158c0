/**
 * The compiled knowledge base as shipped (`public/kb.tsv`): one actor per line, tab-separated,
 * after a header line `#dossier-kb\t1\t<count>`:
 *
 *   id  type  name  aliases  role  country  years  flags  asOf
 *
 * `type` is p/o/c/g (person, organization, country, group); `aliases` are joined by "|";
 * a name or alias that must not be matched on a page (a common word, a surname alone, a
 * phrase several actors share) starts with "~" and is shown only ("also called …");
 * `flags` holds "f" when the role is former; `asOf` is the year-month the role was last
 * known true. Fields never contain tabs, line breaks or "|" (the compiler removes them).
 */
import type { ActorType } from '@/utils/model/kinds';

export type KbType = ActorType;

export interface KbEntry {
  id: string;
  type: KbType;
  name: string;
  /** Other names; those starting with "~" are shown, never matched. */
  aliases: string[];
  role: string;
  country: string;
  years: string;
  former: boolean;
  asOf: string;
  /** Whether the canonical name itself may be matched. */
  nameMatches: boolean;
}

export const KB_HEADER = '#dossier-kb\t1';
const TYPE_CODE: Record<KbType, string> = { person: 'p', organization: 'o', country: 'c', group: 'g' };
const CODE_TYPE: Record<string, KbType> = { p: 'person', o: 'organization', c: 'country', g: 'group' };

const clean = (s: string) => s.replace(/[\t\n\r|]+/g, ' ').trim();

export function encodeKb(entries: readonly KbEntry[]): string {
  const lines = [`${KB_HEADER}\t${entries.length}`];
  for (const e of entries) {
    lines.push(
      [
        e.id,
        TYPE_CODE[e.type],
        (e.nameMatches ? '' : '~') + clean(e.name),
        e.aliases.map(clean).join('|'),
        clean(e.role),
        clean(e.country),
        e.years,
        e.former ? 'f' : '',
        e.asOf,
      ].join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}

export class KbFormatError extends Error {}

/** Entries of a shipped file; throws `KbFormatError` when the file is not one (truncated, another format). */
/** One line of the file as an entry; throws `KbFormatError` when it is not one. */
export function decodeLine(line: string, lineNo: number): KbEntry {
  const f = line.split('\t');
  const type = CODE_TYPE[f[1]];
  if (f.length !== 9 || !type) throw new KbFormatError(`line ${lineNo} is malformed`);
  const nameMatches = !f[2].startsWith('~');
  return {
    id: f[0],
    type,
    name: nameMatches ? f[2] : f[2].slice(1),
    aliases: f[3] ? f[3].split('|') : [],
    role: f[4],
    country: f[5],
    years: f[6],
    former: f[7] === 'f',
    asOf: f[8],
    nameMatches,
  };
}

/** Checks the header line and returns the entry count it announces. */
export function headerCount(line: string): number {
  const head = line.split('\t');
  if (`${head[0]}\t${head[1]}` !== KB_HEADER || !/^\d+$/.test(head[2] ?? ''))
    throw new KbFormatError('not a Dossier knowledge-base file');
  return Number(head[2]);
}

export function decodeKb(text: string): KbEntry[] {
  const lines = text.split('\n');
  const count = headerCount(lines[0]);
  const entries: KbEntry[] = [];
  for (let i = 1; i < lines.length; i++) if (lines[i]) entries.push(decodeLine(lines[i], i + 1));
  if (entries.length !== count) throw new KbFormatError(`expected ${count} entries, found ${entries.length} (file truncated?)`);
  return entries;
}
