/**
 * `npm run build:kb`: compiles ../shared/data/knowledge into `public/kb/actors.bin` (entries and
 * their lookup index, utils/kb/format.ts) and its `public/kb/NOTICE` (both committed, so a clone
 * builds without ../shared). Deterministic: a rerun writes the same bytes. Prints entry counts
 * per type and source and the size.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SHARED } from './eval/data';
import { compileKb } from '../utils/kb/compile';
import { encodeKb } from '../utils/kb/format';
import { noticeText } from '../utils/kb/notice';
import {
  readBodies,
  readCongress,
  readFactbook,
  readOfficeholders,
  readParties,
  readPublishers,
  readThreatActors,
  readUcdp,
  type SourceReader,
} from '../utils/kb/sources';
import { decodeMixed } from '../utils/kb/text';
import { gazetteer } from '../utils/extract/gazetteer';

const DATA = resolve(SHARED, 'data/knowledge');
const OUT = resolve(import.meta.dirname, '../public/kb');
if (!existsSync(DATA)) {
  console.log('../shared/data/knowledge not found: the committed knowledge base stays as it is.');
  process.exit(0);
}

const files: SourceReader = {
  text: (p) => (existsSync(resolve(DATA, p)) ? decodeMixed(readFileSync(resolve(DATA, p))) : null),
  list: (d) => (existsSync(resolve(DATA, d)) ? readdirSync(resolve(DATA, d)).sort() : []),
};

/** Former office-holders whose term ended before this year are left out: the base is for today's news. */
const SINCE = 2015;
const raw = [
  readFactbook,
  readCongress,
  (s: SourceReader) => readOfficeholders(s, SINCE),
  readParties,
  readBodies,
  readUcdp,
  readThreatActors,
  readPublishers,
].flatMap((read) => read(files));
const wordList = (f: string) =>
  readFileSync(resolve(import.meta.dirname, '../utils/kb', f), 'utf8')
    .split('\n')
    .filter(Boolean);
const { trie, demonyms } = gazetteer();
const commonWords = new Set([...wordList('common-words.txt'), ...demonyms]);
const entries = compileKb(raw, {
  commonWords,
  commonAcronyms: new Set(wordList('common-acronyms.txt')),
  curated: (s) => trie.has(s),
});
const bytes = encodeKb(entries);
mkdirSync(OUT, { recursive: true });
writeFileSync(resolve(OUT, 'actors.bin'), bytes);
writeFileSync(
  resolve(OUT, 'NOTICE'),
  noticeText((f) => readFileSync(resolve(DATA, f), 'utf8')),
);

const bySource = new Map<string, number>();
for (const r of raw) bySource.set(`${r.source}/${r.type}`, (bySource.get(`${r.source}/${r.type}`) ?? 0) + 1);
const byType = new Map<string, number>();
for (const e of entries) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
console.log(
  `source records: ${[...bySource]
    .sort()
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
);
console.log(
  `entries: ${entries.length} (${[...byType]
    .sort()
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}); former roles ${entries.filter((e) => e.former).length}`,
);
console.log(
  `matchable names: ${entries.reduce((n, e) => n + Number(e.nameMatches) + e.aliases.filter((a) => !a.startsWith('~')).length, 0)}`,
);
console.log(
  `size: actors.bin ${(bytes.length / 1e6).toFixed(2)} MB, gzipped ${(gzipSync(bytes, { level: 9 }).length / 1e6).toFixed(2)} MB`,
);
