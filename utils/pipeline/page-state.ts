/**
 * The builders of the page session's parts (types in `page-session.ts`), each a pure
 * function that builds its part whole:
 *
 * - `buildMentions`: what one extraction found on one reading; no extraction (Dossier not
 *   acting here) gives empty mentions, which still know the shadow roots read through.
 * - `anchorNotes`: the page's noted passages found again in an index; notes without a
 *   passage (page or actor notes) are left out, passages not found are orphaned.
 * - `describeSelection`: a selected passage as a note draft: its quote (trimmed), the
 *   selectors that find it again, and the actors mentioned in it; null when it holds no
 *   indexed text.
 */
import { anchorSpan } from '@/utils/anchor';
import type { TextIndex } from '@/utils/dom/text-index';
import type { Extraction } from '@/utils/extract/types';
import type { KnowledgeBase } from '@/utils/kb/base';
import { extractionRanges } from '@/utils/highlight/ranges';
import { shadowRootsOf } from '@/utils/highlight/shadow-styles';
import type { NoteAnchor } from '@/utils/model/note';
import { selectionQuote, type DescribedSelection } from '@/utils/anchor/quote';
import { actorsIn } from '@/utils/highlight/actors-in';
import { NO_MENTIONS, NO_NOTES, type AnchoredNotes, type Mentions } from './page-session';
import { summarizeActors, summarizeNamed } from './summary';

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
    topics: summarizeNamed(extraction.topics),
    places: summarizeNamed(extraction.places),
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

export function describeSelection(
  index: TextIndex,
  range: Range,
  mentions: Pick<Mentions, 'byActor'>,
): (DescribedSelection & { actorIds: string[] }) | null {
  const described = selectionQuote(index, range);
  return described && { ...described, actorIds: actorsIn(mentions.byActor, range) };
}
