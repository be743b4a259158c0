/**
 * Turns an extraction into ranges per highlight kind.
 *
 * Offsets come from `index.text`, so the ranges cover exactly the surface strings the
 * extractor reported. A mention whose offsets no longer fit the DOM (the page changed
 * since it was indexed) yields no range rather than a wrong one.
 */
import type { TextIndex } from '@/utils/dom/text-index';
import type { Extraction, Mention } from '@/utils/extract/types';
import { ACTOR_TYPES, type ActorType } from '@/utils/model/kinds';
import type { Paint } from './painter';

export interface MentionRanges {
  /** Ranges per actor id, in text order (for stepping through mentions). */
  byActor: Map<string, Range[]>;
  paint: Paint;
}

export function extractionRanges(index: TextIndex, extraction: Extraction): MentionRanges {
  const byActor = new Map<string, Range[]>();
  const paint = Object.fromEntries([...ACTOR_TYPES, 'topic'].map((kind) => [kind, [] as Range[]])) as Record<
    ActorType | 'topic',
    Range[]
  >;
  const toRanges = (mentions: Mention[]) =>
    mentions.flatMap((m) => {
      if (index.text.slice(m.start, m.end) !== m.surface) return [];
      const r = index.toRange(m.start, m.end);
      return r ? [r] : [];
    });
  for (const actor of extraction.actors) {
    const ranges = toRanges(actor.mentions);
    byActor.set(actor.id, ranges);
    paint[actor.type].push(...ranges);
  }
  for (const topic of extraction.topics) paint.topic.push(...toRanges(topic.mentions));
  return { byActor, paint };
}
