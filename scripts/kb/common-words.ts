/**
 * `npx tsx scripts/kb/common-words.ts`: writes `utils/kb/common-words.txt`, the 5,000 words
 * most often written in lower case in the CoNLL-2003 *train* split (never test), one per
 * line, most frequent first. A word counts only where it stands in lower case, so names
 * ("Clinton") stay out however often they occur. The KB compiler keeps such words from
 * being matched alone; the matcher's unit test checks none of them becomes a highlight.
 * Also writes `utils/kb/common-acronyms.txt`: words in capitals tagged O (no entity) at
 * least 3 times, lowercased ("gdp", "ceo"), which a party or group abbreviation must not be.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHARED } from '../eval/data';

const counts = new Map<string, number>();
const caps = new Map<string, number>();
for (const line of readFileSync(resolve(SHARED, 'data', 'conll2003_train_bio.txt'), 'utf8').split('\n')) {
  const [word, tag] = line.split(/\s+/);
  if (word && /^\p{Ll}[\p{Ll}'-]*$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  if (word && tag === 'O' && /^\p{Lu}{2,}$/u.test(word)) caps.set(word.toLowerCase(), (caps.get(word.toLowerCase()) ?? 0) + 1);
}
const acronyms = [...caps]
  .filter(([, n]) => n >= 3)
  .map(([w]) => w)
  .sort();
writeFileSync(resolve(import.meta.dirname, '../../utils/kb/common-acronyms.txt'), `${acronyms.join('\n')}\n`);
const top = [...counts]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, 5000)
  .map(([w]) => w);
writeFileSync(resolve(import.meta.dirname, '../../utils/kb/common-words.txt'), `${top.join('\n')}\n`);
console.log(`${top.length} words, ${acronyms.length} abbreviations`);
