/**
 * Validation schemas of the stored note shapes, shared by the message protocol (what a
 * page may send) and backup import (what a file may hold). Limits bound what a hostile
 * page or file can make Dossier store.
 */
import * as v from 'valibot';
import { TimeSchema } from './dates';

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const url = text(8_192);
export const id = text(200);

export const SelectorSchema = v.variant('type', [
  v.object({
    type: v.literal('TextQuoteSelector'),
    exact: text(20_000),
    prefix: text(1_000),
    suffix: text(1_000),
  }),
  v.object({
    type: v.literal('TextPositionSelector'),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
]);

const NoteKindSchema = v.picklist(['passage', 'actor', 'page']);
const ids = v.array(id);

export const NewNoteSchema = v.object({
  /** Chosen by the sender, so a retried `note.add` stores the note once (an idempotent put). */
  id: v.optional(id),
  kind: NoteKindSchema,
  body: text(100_000),
  tags: v.optional(v.array(text(100))),
  quote: v.optional(text(20_000)),
  selectors: v.optional(v.array(SelectorSchema)),
  actorIds: v.optional(ids),
  topicIds: v.optional(ids),
  url,
  title: text(2_000),
});

export const NoteSchema = v.object({
  ...NewNoteSchema.entries,
  id,
  tags: v.array(text(100)),
  actorIds: ids,
  topicIds: ids,
  site: text(500),
  created: TimeSchema,
  updated: TimeSchema,
});
