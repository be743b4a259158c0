/**
 * How far the domain decision sits from its threshold on the labelled pages: each page's
 * domain score against the threshold, in-domain articles and the rest apart, and the gap
 * between the lowest in-domain score and the highest score of a page that is not. Pages in
 * languages Dossier does not read are left out: their language decides, not their score.
 */
import { readPage } from '../../utils/pipeline/read-page';
import { loadPage } from '../lib/load-page';
import { devLabels, pagePath } from './data';

export function evalMargin(): string {
  const rows = devLabels()
    .filter((label) => label.language === 'en')
    .map((label) => ({ label, domain: readPage(loadPage(pagePath(label.id))).decision.domain ?? { score: 0, threshold: 0 } }));
  const threshold = rows[0]?.domain.threshold ?? 0;
  const out = [`## Domain score against the threshold (${threshold.toFixed(1)}) on the labelled English pages`];
  const list = (name: string, set: typeof rows) => {
    const sorted = [...set].sort((a, b) => a.domain.score - b.domain.score);
    out.push(
      `${name} (${set.length}): ${sorted.map((r) => `${r.domain.score.toFixed(1)}${r.label.borderline ? '*' : ''}`).join(' ')}`,
    );
    return sorted;
  };
  const inside = list(
    'in-domain articles',
    rows.filter((r) => r.label.is_article && r.label.in_domain),
  );
  const outside = list(
    'other pages',
    rows.filter((r) => !(r.label.is_article && r.label.in_domain)),
  );
  const low = inside.filter((r) => !r.label.borderline)[0];
  const high = outside.filter((r) => !r.label.borderline).at(-1);
  if (low && high) {
    out.push(
      `without borderline (*): lowest in-domain ${low.domain.score.toFixed(1)} (${low.label.id}), highest other ${high.domain.score.toFixed(1)} (${high.label.id}); margin ${(low.domain.score - high.domain.score).toFixed(1)}`,
    );
  }
  return out.join('\n');
}
