/**
 * Pages: the decision Dossier takes on one, what its content script reports to the popup
 * (`PageState`), what the background tells the content script before it acts
 * (`PageConfig`), and the reading history's record of a page Dossier acted on.
 *
 * Boundary: `decision` is null until the page has been read; `forceScope` is null when no
 * override applies (then `force` is 'auto').
 */
import * as v from 'valibot';
import { ActorSummarySchema, CustomActorSchema, PageActorSchema, PlaceSummarySchema, TopicSummarySchema } from './actor';
import { name, site, TimeSchema, title, url } from './fields';
import { FORCE_MODES, FORCE_SCOPES } from './kinds';

export const ForceModeSchema = v.picklist(FORCE_MODES);
export const ForceScopeSchema = v.picklist(FORCE_SCOPES);

/** Detection's verdict on a page (utils/detect). */
export const DecisionSchema = v.object({
  /** The page's main content is one article with a headline and running prose. */
  isArticle: v.boolean(),
  /** The article is about geopolitics / security / conflict / cyber operations … */
  inDomain: v.boolean(),
  /** 0..1 confidence that Dossier should act on this page (isArticle && inDomain). */
  score: v.number(),
  /** Human-readable reasons, shown in the popup ("NewsArticle metadata", …). */
  reasons: v.array(v.string()),
  /** BCP 47 primary language subtag guessed from <html lang> and the text ("en", "fr", "und"). */
  language: v.string(),
  /** The domain score (topic words per 1,000 words) and the threshold it was held against. */
  domain: v.optional(v.object({ score: v.number(), threshold: v.number() })),
});
export type Decision = v.InferOutput<typeof DecisionSchema>;

/** Whether the knowledge base loaded on a page, and if not, why. */
export const KbStatusSchema = v.variant('state', [
  v.object({ state: v.literal('loaded'), entries: v.number(), ms: v.number() }),
  v.object({ state: v.picklist(['missing', 'corrupt']), problem: v.string() }),
]);
export type KbStatus = v.InferOutput<typeof KbStatusSchema>;

/** What the content script reports about its page (popup "This page"). */
export const PageStateSchema = v.object({
  url,
  title: v.string(),
  decision: v.nullable(DecisionSchema),
  /** Whether Dossier is acting on this page (detected or forced on). */
  active: v.boolean(),
  force: ForceModeSchema,
  forceScope: v.nullable(ForceScopeSchema),
  highlightsVisible: v.boolean(),
  actors: v.array(ActorSummarySchema),
  topics: v.array(TopicSummarySchema),
  places: v.array(PlaceSummarySchema),
  /** Notes on this page whose passage could not be found again. */
  orphanedNoteIds: v.array(v.string()),
  /** Why the name model is not in use (missing or damaged file); only known names are found. */
  modelError: v.optional(v.string()),
  /** Whether the knowledge base loaded on this page (absent: not needed yet). */
  knowledgeBase: v.optional(KbStatusSchema),
});
export type PageState = v.InferOutput<typeof PageStateSchema>;

/** What the page's content script needs to know before it acts on a page. */
export const PageConfigSchema = v.object({
  /** The reader's override for this page or site; 'auto' lets detection decide. */
  force: ForceModeSchema,
  forceScope: v.nullable(ForceScopeSchema),
  hiddenNames: v.array(name),
  customActors: v.array(CustomActorSchema),
  /** Detection sensitivity from the options page: -1 strict … 1 eager. */
  sensitivity: v.number(),
  /**
   * Whether noted passages and watch-list names are painted here: a page can list whatever
   * is painted (`CSS.highlights`), so the reader may keep them unpainted, globally or per site.
   */
  paintPrivate: v.boolean(),
  /** The reader's per-site choice, null when the global switch decides. */
  paintPrivateSite: v.nullable(v.boolean()),
});
export type PageConfig = v.InferOutput<typeof PageConfigSchema>;

/** A page Dossier acted on, as the reading history keeps it. */
export const PageRecordSchema = v.object({
  /** Normalised page address (utils/url/normalize.ts). */
  url,
  title,
  site,
  firstSeen: TimeSchema,
  lastSeen: TimeSchema,
  score: v.number(),
  actors: v.array(PageActorSchema),
});
export type PageRecord = v.InferOutput<typeof PageRecordSchema>;
