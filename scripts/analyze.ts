/**
 * `npm run analyze -- FILE.html… [--force] [--text]`: detection and extraction of saved pages
 * with the modules the content script uses; one JSON line per file (shape in the README).
 * `--text` adds `text`: the scope's text, as the extractor sees it.
 */
import { readFileSync } from 'node:fs';
import { analyzePage } from '../utils/pipeline/analyze-page';
import { documentFromHtml } from './lib/load-page';
import { taggerModel } from './lib/tagger';
import { loadKb } from './lib/kb';
import { cardFacts } from '../utils/kb/card';

const args = process.argv.slice(2);
const force = args.includes('--force');
const withText = args.includes('--text');
const files = args.filter((a) => a !== '--force' && a !== '--text');
if (!files.length) {
  process.stderr.write('usage: npm run analyze -- FILE.html [FILE.html…] [--force] [--text]\n');
  process.exit(2);
}

const kb = loadKb();
let failed = false;
for (const file of files) {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (err) {
    failed = true;
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (err as Error).message;
    process.stdout.write(`${JSON.stringify({ file, error: reason })}\n`);
    continue;
  }
  const t0 = performance.now();
  let analysis: ReturnType<typeof analyzePage>;
  try {
    analysis = analyzePage(documentFromHtml(html), { force, extractOptions: { tagger: taggerModel(), kb } });
  } catch (err) {
    // A page that breaks the analysis is reported like an unreadable one; the run goes on.
    failed = true;
    process.stderr.write(`${file}: ${(err as Error).stack ?? String(err)}\n`);
    process.stdout.write(`${JSON.stringify({ file, error: `analysis failed: ${(err as Error).message}` })}\n`);
    continue;
  }
  const { decision, extraction, index } = analysis;
  const ms = Math.round((performance.now() - t0) * 10) / 10;
  const out = {
    file,
    isArticle: decision.isArticle,
    inDomain: decision.inDomain,
    score: decision.score,
    reasons: decision.reasons,
    language: decision.language,
    actors: (extraction?.actors ?? []).map((a) => {
      const facts = cardFacts(a, kb);
      return {
        id: a.id,
        name: a.name,
        type: a.type,
        mentions: a.mentions.map((m) => m.surface),
        role: facts.role,
        known: facts.known,
      };
    }),
    topics: (extraction?.topics ?? []).map((t) => ({ id: t.id, name: t.name, mentions: t.mentions.map((m) => m.surface) })),
    ms,
    ...(withText ? { text: index.text } : {}),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}
process.exit(failed ? 1 : 0);
