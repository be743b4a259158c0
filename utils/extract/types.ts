/**
 * The extraction contract shared by the content script, the `analyze` CLI, the eval and
 * the popup. Offsets are UTF-16 indices into the text the extractor was given (the text
 * of a `TextIndex`), half-open: `text.slice(start, end) === surface`.
 */
import type { TaggerModel } from './tagger/model';
import type { KnowledgeBase } from '@/utils/kb/base';
import type { CustomActor } from '@/utils/model/actor';
import type { ActorType } from '@/utils/model/kinds';

export interface Mention {
  start: number;
  end: number;
  /** Exact surface string as it stands in the text. */
  surface: string;
  /** Where the name itself starts when the mention opens with a title ("President Zelensky"). */
  nameStart?: number;
}

export interface ActorResult {
  /** Stable id: gazetteer id (e.g. `person/pete-hegseth`) or `guess/<type>/<slug>` for rule finds. */
  id: string;
  /** Canonical name ("Pete Hegseth"), or the longest surface form for rule finds. */
  name: string;
  type: ActorType;
  /** Role or short description for hover cards ("US Secretary of Defense"). */
  role?: string;
  /**
   * For a person no list knows: the role this article gives them, from a title before the
   * name ("Taliban spokesman Zabihullah Mujahid") or an appositive after it ("Lee, the
   * Democratic Party leader"). Shown as "from this article".
   */
  articleRole?: string;
  /** True when found by a rule rather than the curated gazetteer. */
  guessed?: boolean;
  /** Mentions in text order; one per occurrence. */
  mentions: Mention[];
}

export interface TopicResult {
  id: string;
  name: string;
  mentions: Mention[];
}

/**
 * A place the tagger names that is not a country ("Kherson", "South China Sea", "Gaza
 * Strip"): found so that it is neither an actor nor a country inside it, listed in the popup,
 * never painted. Grouped by its exact name.
 */
export interface PlaceResult {
  /** `place/<slug>` of the name. */
  id: string;
  name: string;
  mentions: Mention[];
}

export interface Extraction {
  actors: ActorResult[];
  topics: TopicResult[];
  places: PlaceResult[];
}

export interface ExtractOptions {
  /** The name tagger's model (utils/extract/tagger): names no list holds. Without it, shape rules guess. */
  tagger?: TaggerModel;
  /** Reader's watch-list: actors matched like gazetteer entries, topics like topic terms. */
  customActors?: CustomActor[];
  /** Surface strings the reader marked "not an actor" (case-sensitive exact match). */
  hiddenNames?: string[];
  /** The compiled knowledge base, when loaded: more names matched, roles for names found by shape. */
  kb?: KnowledgeBase;
}
