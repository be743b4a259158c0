/**
 * What scoring only the tokens near a name (`nearNames`) costs the tagger on the labelled
 * English pages (articles and the rest): the share of tokens left out, and the spans that
 * differ from scoring every token. CoNLL's figure is in conll.ts.
 */
import { readPage } from '../../utils/pipeline/read-page';
import { gazetteerLookup } from '../../utils/extract';
import { featureContext } from '../../utils/extract/tagger/features';
import { decodeDocument, nearNames } from '../../utils/extract/tagger';
import { runToEnd } from '../../utils/schedule/slices';
import { tokenize } from '../../utils/text/tokens';
import { loadPage } from '../lib/load-page';
import { taggerModel } from '../lib/tagger';
import { devLabels, pagePath } from './data';

export function evalTaggerReach(): string {
  const model = taggerModel();
  const lookup = gazetteerLookup();
  const n = { pages: 0, tokens: 0, skipped: 0, spans: 0, differ: 0 };
  for (const label of devLabels().filter((l) => l.language === 'en')) {
    const ctx = featureContext(tokenize(readPage(loadPage(pagePath(label.id))).index.text), lookup, model.names);
    const key = (s: { from: number; to: number; kind: string }) => `${s.from}:${s.to}:${s.kind}`;
    const near = new Set(runToEnd(decodeDocument(ctx, model)).map(key));
    const full = new Set(runToEnd(decodeDocument(ctx, model, undefined, true)).map(key));
    n.pages++;
    n.tokens += ctx.tokens.length;
    n.skipped += nearNames(ctx).filter((x) => !x).length;
    n.spans += full.size;
    n.differ += [...near].filter((k) => !full.has(k)).length + [...full].filter((k) => !near.has(k)).length;
  }
  return `## Tagger scoring only near capitals and gazetteer phrases (${n.pages} labelled English pages)\n${n.skipped}/${n.tokens} tokens left out (${(n.skipped / n.tokens).toFixed(3)}); spans differing from scoring every token: ${n.differ} of ${n.spans}`;
}
