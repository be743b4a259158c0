/**
 * Notes and the selectors that anchor them: the one definition of their shapes, shared by
 * the database, the message protocol (what a page may send) and backup import (what a file
 * may hold). Notes are W3C-annotation-like: a passage note keeps its quote and selectors so
 * it can be re-anchored when the page changes.
 *
 * Boundary: `NewNote` is what a caller supplies; the database fills in the rest (`Note`).
 */
import * as v from 'valibot';
import { id, site, text, TimeSchema, title, url } from './fields';
import { NOTE_KINDS } from './kinds';

export const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: text(20_000),
  prefix: text(1_000),
  suffix: text(1_000),
});
export type TextQuoteSelector = v.InferOutput<typeof TextQuoteSelectorSchema>;

export const TextPositionSelectorSchema = v.object({
  type: v.literal('TextPositionSelector'),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type TextPositionSelector = v.InferOutput<typeof TextPositionSelectorSchema>;

export const SelectorSchema = v.variant('type', [TextQuoteSelectorSchema, TextPositionSelectorSchema]);
export type Selector = v.InferOutput<typeof SelectorSchema>;

export const NoteKindSchema = v.picklist(NOTE_KINDS);

const ids = v.array(id);
const tag = text(100);

export const NewNoteSchema = v.object({
  /** Chosen by the sender, so a retried `note.add` stores the note once (an idempotent put). */
  id: v.optional(id),
  kind: NoteKindSchema,
  body: text(100_000),
  tags: v.optional(v.array(tag)),
  quote: v.optional(text(20_000)),
  selectors: v.optional(v.array(SelectorSchema)),
  actorIds: v.optional(ids),
  topicIds: v.optional(ids),
  url,
  title,
});
export type NewNote = v.InferOutput<typeof NewNoteSchema>;

export const NoteSchema = v.object({
  ...NewNoteSchema.entries,
  id,
  tags: v.array(tag),
  actorIds: ids,
  topicIds: ids,
  /** The page's site (`siteOf`); `url` is the normalised page address (utils/url/normalize.ts). */
  site,
  created: TimeSchema,
  updated: TimeSchema,
});
export type Note = v.InferOutput<typeof NoteSchema>;

/** A noted passage as the page's content script may know it: where to paint, never the text the reader wrote. */
export const NoteAnchorSchema = v.object({ id, kind: NoteKindSchema, selectors: v.optional(v.array(SelectorSchema)) });
export type NoteAnchor = v.InferOutput<typeof NoteAnchorSchema>;
