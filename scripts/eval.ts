/**
 * `npm run eval`: every accuracy figure in one run — the article-body benchmark, detection on the labelled pages,
 * the domain scorer on AG News, extraction against the gold pages and CoNLL-2003 test.
 * Needs ../shared next to the repository; says so and exits 0 when it is absent.
 */
import { sharedAvailable } from './eval/data';
import { evalDetection } from './eval/detection';
import { evalMargin } from './eval/margin';
import { evalAgNews } from './eval/agnews';
import { evalGold } from './eval/gold';
import { evalConll } from './eval/conll';
import { evalTaggerReach } from './eval/tagger-reach';
import { bodiesAvailable, evalBodies } from './eval/bodies';
import { readStory } from '../utils/pipeline/story';
import { documentFromHtml } from './lib/load-page';
import { loadKb } from './lib/kb';

const BENCHMARK_OUT = new Set(['H1', 'FIGURE', 'FIGCAPTION']);

if (!sharedAvailable()) {
  console.log('../shared/corpus not found next to the repository: nothing to evaluate.');
  process.exit(0);
}
if (bodiesAvailable()) {
  console.log(
    evalBodies({
      'Dossier (story as read)': (html) => readStory(documentFromHtml(html)).index.text,
      // The benchmark's ground truth leaves the headline and photo captions out; Dossier reads them.
      'Dossier, no headline or captions': (html) =>
        readStory(documentFromHtml(html), { skip: (el) => BENCHMARK_OUT.has(el.tagName) }).index.text,
    }),
  );
  console.log();
}
console.log(evalDetection());
console.log();
console.log(evalMargin());
console.log();
console.log(evalAgNews());
console.log();
const kb = loadKb();
console.log(await evalGold());
console.log();
console.log(await evalGold(kb));
console.log();
console.log(evalTaggerReach());
console.log();
console.log(await evalConll('test', kb));
