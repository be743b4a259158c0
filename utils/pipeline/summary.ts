/**
 * Per-page summaries of an extraction for the popup and hover cards: one entry per
 * actor with its mention count and the distinct surface forms seen, most mentioned first;
 * topics and places with their counts.
 */
import type { ActorSummary, TopicSummary } from '@/utils/model/actor';
import type { Extraction } from '@/utils/extract/types';
import type { KnowledgeBase } from '@/utils/kb/base';
import { cardFacts } from '@/utils/kb/card';

/** With `kb` (or null when it did not load), each summary carries its card facts. */
export function summarizeActors(extraction: Extraction, kb?: KnowledgeBase | null): ActorSummary[] {
  return extraction.actors
    .map((a) => ({
      id: a.id,
      name: a.name,
      type: a.type,
      ...(a.role ? { role: a.role } : {}),
      ...(a.articleRole ? { articleRole: a.articleRole } : {}),
      count: a.mentions.length,
      aliases: [...new Set(a.mentions.map((m) => m.surface))],
      ...(kb !== undefined ? { facts: cardFacts(a, kb) } : {}),
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Topics or places, each with its count of mentions, most mentioned first. */
export function summarizeNamed(found: Extraction['topics'] | Extraction['places']): TopicSummary[] {
  return found
    .map((t) => ({ id: t.id, name: t.name, count: t.mentions.length }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
