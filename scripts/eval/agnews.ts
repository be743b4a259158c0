/**
 * The domain scorer on AG News (test set): "World" (class 1) against the rest, on title +
 * description, with the decision detection uses (utils/detect/domain.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { domainEvidence, isInDomain } from '../../utils/detect/domain';
import { DOMAIN_THRESHOLD } from '../../utils/detect';
import { SHARED } from './data';

function rows(): { label: number; title: string; text: string }[] {
  const raw = readFileSync(resolve(SHARED, 'data', 'ag_news_test.csv'), 'utf8');
  const out: { label: number; title: string; text: string }[] = [];
  for (const m of raw.matchAll(/^"(\d)","((?:[^"]|"")*)","((?:[^"]|"")*)"$/gm)) {
    out.push({ label: Number(m[1]), title: m[2].replace(/""/g, '"'), text: m[3].replace(/""/g, '"').replace(/\\\\/g, ' ') });
  }
  return out;
}

export function evalAgNews(): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const data = rows();
  for (const r of data) {
    const words = `${r.title} ${r.text}`.split(/\s+/).length;
    const e = domainEvidence(r.text, r.title, words);
    // A two-sentence item rarely holds two topics: one is enough here.
    const yes = isInDomain(e, DOMAIN_THRESHOLD, 1);
    const world = r.label === 1;
    if (yes && world) tp++;
    else if (yes) fp++;
    else if (world) fn++;
  }
  const p = tp / Math.max(1, tp + fp);
  const rc = tp / Math.max(1, tp + fn);
  return [
    `## AG News test (${data.length} items): World vs the rest, on title + description`,
    `precision ${p.toFixed(3)} recall ${rc.toFixed(3)} F1 ${((2 * p * rc) / Math.max(1e-9, p + rc)).toFixed(3)}`,
  ].join('\n');
}
