/**
 * What a hover card and the popup say about an actor, from the extraction and the
 * knowledge base: its one-line role, country, other names ("also called …"), since when the
 * role may be out of date ("as of Aug 2022"), and whether Dossier knows the actor at all
 * (the curated list or the base; a reader's watch-list entry or a name found by its shape
 * alone is not known). A reader's correction (role, aliases) wins over both.
 */
import type { ActorResult } from '@/utils/extract/types';
import type { CardFacts } from '@/utils/model/actor';
import type { KnowledgeBase } from './base';
import { cardRole } from './base';

/** A reader's correction of an actor (options page). */
export interface ActorCorrection {
  role?: string;
  aliases?: string[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Roles from sources older than this may be stale: the card says as of when. */
const STALE_BEFORE = '2025-01';

export function cardFacts(
  actor: Pick<ActorResult, 'id' | 'name' | 'type' | 'role' | 'guessed' | 'articleRole'>,
  kb?: KnowledgeBase | null,
  correction?: ActorCorrection,
): CardFacts {
  const found = kb?.facts(actor.name);
  const entry = found && found.type === actor.type ? found : undefined;
  const curated = !actor.guessed && !actor.id.startsWith('custom/') && !actor.id.startsWith('kb/');
  const role = correction?.role || actor.role || (entry ? cardRole(entry) : '') || null;
  const also = [...(correction?.aliases ?? []), ...(entry?.aliases ?? []).map((a) => a.replace(/^~/, ''))]
    .filter((a, i, all) => a !== actor.name && all.indexOf(a) === i)
    .slice(0, 3);
  const facts: CardFacts = { role: role ?? actor.articleRole ?? null, alsoCalled: also, known: curated || !!entry };
  if (!role && actor.articleRole) facts.fromArticle = true;
  if (entry?.country && entry.type !== 'country' && !(role ?? '').includes(entry.country)) facts.country = entry.country;
  const fromBase = entry && !correction?.role && role === cardRole(entry);
  // Offices change hands; what an organization or a group is seldom does.
  if (fromBase && entry.type === 'person' && !entry.former && entry.asOf && entry.asOf < STALE_BEFORE) {
    const [y, m] = entry.asOf.split('-');
    facts.asOf = `${MONTHS[Number(m) - 1] ?? ''} ${y}`.trim();
  }
  return facts;
}

/** The card's role line: the role, or a plain word that Dossier does not know the actor. */
export function roleLine(facts: CardFacts): string {
  if (!facts.known && !facts.role) return "Not in Dossier's reference list";
  const parts = [facts.fromArticle ? `${facts.role} (from this article)` : facts.role, facts.country].filter(Boolean).join(', ');
  return facts.asOf ? `${parts} (as of ${facts.asOf})` : parts;
}
