/**
 * Extraction against the gold actors and topics of ../shared/corpus/gold. Gold lists
 * each actor's distinct surface forms; so does this score:
 * - actors: a gold actor is found when one predicted actor has a surface equal to, or
 *   else overlapping, one of its surfaces (each predicted actor is used once); unmatched predicted
 *   actors are false positives (highlights that are not actors, or out of scope);
 * - mentions: distinct surfaces, lenient (equal, or one inside the other);
 * - topics: a gold topic is recalled when any evidence string overlaps a topic mention.
 * Run: `npx tsx scripts/eval/gold.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzePage } from '../../utils/pipeline/analyze-page';
import { taggerModel } from '../lib/tagger';
import { loadPage } from '../lib/load-page';
import { CORPUS, sharedAvailable } from './data';
import { gazetteer } from '../../utils/extract/gazetteer';
import type { KnowledgeBase } from '../../utils/kb/base';
import { loadKb } from '../lib/kb';
import { errorKinds, type ErrorCase } from './error-kinds';
import { cardFacts } from '../../utils/kb/card';

interface GoldActor {
  name: string;
  type: string;
  mentions: string[];
}
interface Gold {
  id: string;
  page: string;
  actors: GoldActor[];
  topics: { name: string; evidence: string[] }[];
}

const overlap = (a: string, b: string) => a === b || a.includes(b) || b.includes(a);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const pct = (x: number) => x.toFixed(3);

/**
 * `kb` given: extraction with the knowledge base loaded, plus coverage (gold actors one of
 * whose surfaces the curated list or the base knows, before/after) and the share of found
 * gold actors with a role: from the lists (curated or the base), and on the card, where a
 * person no list knows shows the role the article gives them ("Taliban spokesman (from
 * this article)").
 */
export async function evalGold(kb?: KnowledgeBase): Promise<string> {
  const dir = resolve(CORPUS, 'gold');
  const out: string[] = [
    `## Gold actors and topics (corpus/gold)${kb ? ', with the knowledge base' : ', without the knowledge base'}`,
  ];
  const cover = { curated: 0, both: 0, gold: 0, found: 0, withRole: 0, onCard: 0 };
  const curated = (s: string) => gazetteer().trie.has(s);
  const errors: ErrorCase[] = [];
  const total = { actorTp: 0, actorFp: 0, actorFn: 0, menTp: 0, menPred: 0, menGoldHit: 0, menGold: 0, topicHit: 0, topics: 0 };
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Gold;
    const { extraction } = analyzePage(loadPage(resolve(CORPUS, gold.page)), {
      force: true,
      extractOptions: { tagger: taggerModel(), ...(kb ? { kb } : {}) },
    });
    const predicted = (extraction?.actors ?? []).map((a) => ({
      name: a.name,
      type: a.type,
      role: a.role,
      cardRole: cardFacts(a, kb).role,
      surfaces: [...new Set(a.mentions.map((m) => m.surface))],
    }));

    // Exact surfaces pair first, so a loose overlap ("White House" inside "White House
    // Press Secretary Stephanie Grisham") cannot take a prediction another actor names exactly.
    const used = new Set<number>();
    const pairOf = new Map<number, number>();
    for (const same of [(s: string, m: string) => s === m, overlap]) {
      gold.actors.forEach((g, j) => {
        if (pairOf.has(j)) return;
        const k = predicted.findIndex((p, i) => !used.has(i) && p.surfaces.some((s) => g.mentions.some((m) => same(s, m))));
        if (k >= 0) {
          used.add(k);
          pairOf.set(j, k);
        }
      });
    }
    const tp = pairOf.size;
    for (const g of gold.actors) {
      const names = [g.name, ...g.mentions];
      cover.gold++;
      if (names.some(curated)) cover.curated++;
      if (names.some((n) => curated(n) || kb?.facts(n))) cover.both++;
    }
    for (const k of pairOf.values()) {
      cover.found++;
      if (predicted[k].role) cover.withRole++;
      if (predicted[k].cardRole) cover.onCard++;
    }
    const missed = gold.actors.filter((_, j) => !pairOf.has(j)).map((g) => `${g.name} (${g.mentions.join(' | ')})`);
    const extra = predicted.filter((_, i) => !used.has(i)).map((p) => `${p.name} [${p.type}] (${p.surfaces.join(' | ')})`);

    const goldSurfaces = [...new Set(gold.actors.flatMap((a) => a.mentions))];
    const predSurfaces = [...new Set(predicted.flatMap((p) => p.surfaces))];
    const menTp = predSurfaces.filter((s) => goldSurfaces.some((g) => overlap(s, g))).length;
    const menGoldHit = goldSurfaces.filter((g) => predSurfaces.some((s) => overlap(s, g))).length;

    const topicSurfaces = (extraction?.topics ?? []).flatMap((t) => t.mentions.map((m) => m.surface.toLowerCase()));
    const topicFound = (t: Gold['topics'][number]) =>
      t.evidence.some((e) => topicSurfaces.some((s) => overlap(s, e.toLowerCase())));
    const topicHit = gold.topics.filter(topicFound).length;

    Object.assign(total, {
      actorTp: total.actorTp + tp,
      actorFp: total.actorFp + extra.length,
      actorFn: total.actorFn + missed.length,
      menTp: total.menTp + menTp,
      menPred: total.menPred + predSurfaces.length,
      menGoldHit: total.menGoldHit + menGoldHit,
      menGold: total.menGold + goldSurfaces.length,
      topicHit: total.topicHit + topicHit,
      topics: total.topics + gold.topics.length,
    });
    const ap = tp / Math.max(1, tp + extra.length);
    const ar = tp / Math.max(1, gold.actors.length);
    out.push(
      `${gold.id}: actors ${tp}/${gold.actors.length} found, ${extra.length} extra (F1 ${pct(f1(ap, ar))}); ` +
        `mention surfaces P ${pct(menTp / Math.max(1, predSurfaces.length))} R ${pct(menGoldHit / Math.max(1, goldSurfaces.length))}; ` +
        `topics ${topicHit}/${gold.topics.length}`,
    );
    const predSurfacesAll = predicted.flatMap((p) => p.surfaces);
    gold.actors.forEach((g, j) => {
      if (pairOf.has(j)) return;
      const inside = g.mentions.some((m) => predSurfacesAll.some((s) => s !== m && s.includes(m)));
      errors.push({ kind: `missed ${g.type}${inside ? ', only inside another actor’s mention' : ''}`, surface: g.mentions[0] });
    });
    predicted.forEach((p, i) => {
      if (used.has(i)) return;
      const known = extraction?.actors.find((a) => a.name === p.name)?.guessed ? 'found by the tagger alone' : 'a known actor';
      errors.push({ kind: `extra ${p.type}, ${known}`, surface: p.surfaces[0] });
    });
    for (const m of missed) out.push(`  missed: ${m}`);
    for (const e of extra) out.push(`  extra:  ${e}`);
    for (const t of gold.topics.filter((t) => !topicFound(t))) out.push(`  topic missed: ${t.name} (${t.evidence.join(' | ')})`);
  }
  const ap = total.actorTp / Math.max(1, total.actorTp + total.actorFp);
  const ar = total.actorTp / Math.max(1, total.actorTp + total.actorFn);
  const mp = total.menTp / Math.max(1, total.menPred);
  const mr = total.menGoldHit / Math.max(1, total.menGold);
  out.push(
    `overall: actor P ${pct(ap)} R ${pct(ar)} F1 ${pct(f1(ap, ar))}; mention P ${pct(mp)} R ${pct(mr)} F1 ${pct(f1(mp, mr))}; ` +
      `topic recall ${pct(total.topicHit / Math.max(1, total.topics))}`,
  );
  out.push(
    `coverage: gold actors known ${cover.curated}/${cover.gold} (${pct(cover.curated / cover.gold)}) curated only, ${cover.both}/${cover.gold} (${pct(cover.both / cover.gold)}) with the knowledge base; found gold actors with a role ${cover.withRole}/${cover.found} (${pct(cover.withRole / Math.max(1, cover.found))}) from the lists, ${cover.onCard}/${cover.found} (${pct(cover.onCard / Math.max(1, cover.found))}) on the card (lists, or the article's own words)`,
  );
  out.push('Ten commonest kinds of error:', ...errorKinds(errors));
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!sharedAvailable()) console.log('../shared/corpus not found: nothing to evaluate.');
  else {
    console.log(await evalGold());
    console.log(await evalGold(loadKb()));
  }
}
