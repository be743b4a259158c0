/**
 * The name lists compiled into the tagger model: US Census 1990 given names (all male,
 * the commonest female) and its commonest surnames (public domain), with the gazetteer's
 * own given names. Lowercase.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GIVEN_NAMES } from '../../utils/extract/gazetteer/names';
import type { NameLists } from '../../utils/extract/tagger/features';

const column = (file: string, limit: number) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.split(/\s+/)[0].toLowerCase())
    .filter(Boolean)
    .slice(0, limit);

export function nameLists(dir: string): NameLists {
  const census = resolve(dir, 'us-census-1990');
  return {
    given: new Set([
      ...GIVEN_NAMES,
      ...column(resolve(census, 'dist.male.first'), 1200),
      ...column(resolve(census, 'dist.female.first'), 1500),
    ]),
    surnames: new Set(column(resolve(census, 'dist.all.last'), 4000)),
  };
}
