/**
 * Detection accuracy on the labelled development pages: a page "is flagged" when the
 * decision says isArticle && inDomain; the label flags it when is_article && in_domain.
 */
import { readPage, shouldAct } from '../../utils/pipeline/read-page';
import { loadPage } from '../lib/load-page';
import { devLabels, pagePath } from './data';

export function evalDetection(): string {
  const rows = devLabels().map((label) => {
    const { decision } = readPage(loadPage(pagePath(label.id)));
    return { label, decision, flagged: shouldAct(decision), truth: label.is_article && label.in_domain };
  });
  const out: string[] = ['## Detection (labels.dev.json)'];
  const report = (name: string, set: typeof rows) => {
    const tp = set.filter((r) => r.flagged && r.truth).length;
    const fp = set.filter((r) => r.flagged && !r.truth).length;
    const fn = set.filter((r) => !r.flagged && r.truth).length;
    const tn = set.length - tp - fp - fn;
    const article = set.filter((r) => r.decision.isArticle === r.label.is_article).length;
    out.push(
      `${name}: accuracy ${((tp + tn) / set.length).toFixed(3)} (${tp + tn}/${set.length}); ` +
        `confusion TP ${tp} FP ${fp} FN ${fn} TN ${tn}; isArticle accuracy ${(article / set.length).toFixed(3)}`,
    );
  };
  report('all pages', rows);
  report(
    'without borderline',
    rows.filter((r) => !r.label.borderline),
  );
  const nonArticlesFlagged = rows.filter((r) => r.flagged && !r.label.is_article).length;
  out.push(`non-article pages flagged: ${nonArticlesFlagged}`);
  const seed = rows.find((r) => r.label.id === 'seed-article');
  if (seed) out.push(`seed-article: flagged ${seed.flagged}, score ${seed.decision.score}`);
  const wrong = rows.filter((r) => r.flagged !== r.truth);
  out.push(wrong.length ? 'misclassified:' : 'misclassified: none');
  for (const r of wrong) {
    out.push(
      `  ${r.label.id} (label: article ${r.label.is_article}, in domain ${r.label.in_domain}${r.label.borderline ? ', borderline' : ''}) ` +
        `→ article ${r.decision.isArticle}, in domain ${r.decision.inDomain}, score ${r.decision.score}: ${r.decision.reasons.join('; ')}`,
    );
  }
  return out.join('\n');
}
