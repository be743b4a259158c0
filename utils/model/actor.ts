/**
 * Actors as the reader meets them: a page's summary of one (popup list, hover card), the
 * facts its card shows, the reader's watch-list entries and hidden names, and an actor as
 * the reading history records it.
 *
 * Boundary: an actor's `type` is one of `ACTOR_TYPES`; a watch-list entry may also be a
 * topic. Hidden names keep every wording they were hidden under, without a cap (the
 * message that adds one is capped instead).
 */
import * as v from 'valibot';
import { id, name, TimeSchema } from './fields';
import { ACTOR_TYPES, WATCH_TYPES } from './kinds';

export const ActorTypeSchema = v.picklist(ACTOR_TYPES);
export const WatchTypeSchema = v.picklist(WATCH_TYPES);

/**
 * What a hover card and the popup say about who an actor is (utils/kb/card.ts builds it):
 * its one-line role, country, other names, since when the role may be out of date, and
 * whether Dossier knows the actor at all.
 */
export const CardFactsSchema = v.object({
  role: v.nullable(v.string()),
  country: v.optional(v.string()),
  alsoCalled: v.array(v.string()),
  /** "Aug 2022": the role was last known true then and may have changed since. */
  asOf: v.optional(v.string()),
  /** The role is the one this article gives ("Taliban spokesman"), not from a list. */
  fromArticle: v.optional(v.boolean()),
  known: v.boolean(),
});
export type CardFacts = v.InferOutput<typeof CardFactsSchema>;

/** One actor of a page, for the popup's list and the hover card: most mentioned first. */
export const ActorSummarySchema = v.object({
  id,
  name: v.string(),
  type: ActorTypeSchema,
  role: v.optional(v.string()),
  /** The role the article states for an actor no list knows (shown as "from this article"). */
  articleRole: v.optional(v.string()),
  count: v.number(),
  /** The distinct wordings of its mentions on the page. */
  aliases: v.array(v.string()),
  /** What the card says about who this is; absent from older readers. */
  facts: v.optional(CardFactsSchema),
});
export type ActorSummary = v.InferOutput<typeof ActorSummarySchema>;

/** One topic of a page, with how often it is mentioned. */
export const TopicSummarySchema = v.object({ id, name: v.string(), count: v.number() });
export type TopicSummary = v.InferOutput<typeof TopicSummarySchema>;

/** One place a page names that is not a country ("Kherson"), with how often: listed, never painted. */
export const PlaceSummarySchema = v.object({ id, name: v.string(), count: v.number() });

/** An actor as the reading history keeps it for a page. */
export const PageActorSchema = v.object({ id, name, type: ActorTypeSchema, count: v.number() });
export type PageActor = v.InferOutput<typeof PageActorSchema>;

/** An actor or topic the reader added to their watch-list (options page), as the extractor takes it. */
export const CustomActorSchema = v.object({
  id,
  name,
  type: WatchTypeSchema,
  aliases: v.pipe(v.array(name), v.maxLength(100)),
  role: v.optional(name),
});
export type CustomActor = v.InferOutput<typeof CustomActorSchema>;

/** A watch-list entry as stored: highlighted on every page like a gazetteer actor. */
export const CustomActorRecordSchema = v.object({ ...CustomActorSchema.entries, created: TimeSchema });
export type CustomActorRecord = v.InferOutput<typeof CustomActorRecordSchema>;

/** What the options page sends to add (no id) or replace (its id) a watch-list entry. */
export const CustomActorInputSchema = v.object({
  ...CustomActorSchema.entries,
  id: v.optional(id),
  name: v.pipe(name, v.trim(), v.minLength(1, 'An actor needs a name.')),
});
export type CustomActorInput = v.InferOutput<typeof CustomActorInputSchema>;

/**
 * An actor the reader marked "not an actor", by its canonical name, with the wordings it
 * had where it was hidden (older entries and imports may hold a bare wording and none).
 */
export const HiddenNameSchema = v.object({ name, wordings: v.optional(v.array(name)), created: TimeSchema });
export type HiddenName = v.InferOutput<typeof HiddenNameSchema>;
