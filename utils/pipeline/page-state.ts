/**
 * The page session's state as two records, each built whole by a pure function and
 * replaced whole by the session on each pass (never patched field by field):
 *
 * - `Mentions`: what one extraction found on one reading: ranges per actor, the paint, the
 *   actors and topics summarised once, hover targets, and the open shadow roots the article
 *   was read through and those that hold mentions (they need the styles; hit-testing must
 *   pierce them). No extraction (Dossier not acting here) gives empty mentions.
 * - `AnchoredNotes`: the page's noted passages found again in an index: a range per note,
 *   the ids of those not found (orphaned), and the shadow roots holding them.
 */
import { anchorSpan } from '@/utils/anchor';
import type { TextIndex } from '@/utils/dom/text-index';
import type { Extraction } from '@/utils/extract/types';
import type { KnowledgeBase } from '@/utils/kb/base';
import type { Paint } from '@/utils/highlight/painter';
import { extractionRanges } from '@/utils/highlight/ranges';
import { shadowRootsOf } from '@/utils/highlight/shadow-styles';
import type { HitTarget } from '@/utils/hover/hit-test';
import type { ActorSummary } from '@/utils/model/actor';
import type { NoteAnchor } from '@/utils/model/note';
import type { PageState } from '@/utils/model/page';
import { summarizeActors, summarizeTopics } from './summary';

export interface Mentions {
  extraction: Extraction | null;
  byActor: ReadonlyMap<string, Range[]>;
  paint: Paint;
  actors: ActorSummary[];
  byId: ReadonlyMap<string, ActorSummary>;
  topics: PageState['topics'];
  targets: HitTarget<{ actorId: string; index: number }>[];
  readRoots: readonly ShadowRoot[];
  mentionRoots: readonly ShadowRoot[];
}

export interface AnchoredNotes {
  ranges: ReadonlyMap<string, Range>;
  orphaned: string[];
  roots: readonly ShadowRoot[];
}

export const NO_MENTIONS: Mentions = {
  extraction: null,
  byActor: new Map(),
  paint: {},
  actors: [],
  byId: new Map(),
  topics: [],
  targets: [],
  readRoots: [],
  mentionRoots: [],
};

export const NO_NOTES: AnchoredNotes = { ranges: new Map(), orphaned: [], roots: [] };

export function buildMentions(index: TextIndex, extraction: Extraction | null, kb?: KnowledgeBase | null): Mentions {
  const readRoots = index.shadowRoots;
  if (!extraction) return { ...NO_MENTIONS, readRoots };
  const { byActor, paint } = extractionRanges(index, extraction);
  const actors = summarizeActors(extraction, kb);
  return {
    extraction,
    byActor,
    paint,
    actors,
    byId: new Map(actors.map((a) => [a.id, a])),
    topics: summarizeTopics(extraction),
    targets: [...byActor].flatMap(([actorId, ranges]) => ranges.map((range, i) => ({ range, value: { actorId, index: i } }))),
    readRoots,
    mentionRoots: readRoots.length ? shadowRootsOf(Object.values(paint).flat()) : [],
  };
}

export function anchorNotes(index: TextIndex, anchors: readonly NoteAnchor[]): AnchoredNotes {
  const passages = anchors.filter((n) => n.selectors?.length);
  if (!passages.length) return NO_NOTES;
  const ranges = new Map<string, Range>();
  const orphaned: string[] = [];
  for (const note of passages) {
    const found = anchorSpan(index.text, note.selectors!);
    const range = found && index.toRange(found.start, found.end);
    if (range) ranges.set(note.id, range);
    else orphaned.push(note.id);
  }
  return { ranges, orphaned, roots: index.shadowRoots.length ? shadowRootsOf(ranges.values()) : [] };
}
