/**
 * `npm run eval:anchors`: Hypothesis-style annotations anchored on real corpus pages (see
 * scripts/eval/foreign-anchors.ts), before and after the import normalises them.
 * Needs ../shared next to the repository; says so and exits 0 when it is absent.
 */
import { sharedAvailable } from './eval/data';
import { buildForeignCases, evalForeignAnchors } from './eval/foreign-anchors';

if (!sharedAvailable()) {
  console.log('../shared/corpus not found next to the repository: nothing to evaluate.');
  process.exit(0);
}
const built = buildForeignCases();
console.log(
  `Hypothesis-style annotations on ${new Set(built.cases.map((c) => c.page)).size} corpus pages (not in unlabeled.json)`,
);
console.table(evalForeignAnchors(built));
