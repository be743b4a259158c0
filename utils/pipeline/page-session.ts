/**
 * The page session's state: one record (`PageSession`) for everything the content script
 * knows about its page — the configuration and decision, what the last pass found
 * (mentions), the reader's noted passages found again (notes), whether highlights show,
 * the focused mention or passage, how the name model and knowledge base loaded, and the
 * addresses already recorded in the reading history. The record is never changed in place:
 * each change builds the next record and the store replaces the old one whole, so a reader
 * of `get()` always sees one consistent pass.
 *
 * The store belongs to the every-page watcher and is handed to the reader chunk, so this
 * module stays small: types, empty values and the popup's view (`pageStateOf`) only. The
 * builders of `Mentions` and `AnchoredNotes` live in `page-state.ts` (reader chunk).
 * After `destroy()` the store holds the empty record and ignores updates (a pass that
 * finishes after the content script ended changes nothing).
 */
import type { Extraction } from '@/utils/extract/types';
import type { Paint } from '@/utils/highlight/painter';
import type { HitTarget } from '@/utils/hover/hit-test';
import type { ActorSummary } from '@/utils/model/actor';
import type { Decision, KbStatus, PageConfig, PageState } from '@/utils/model/page';
import type { PageReading } from './read-page';

/**
 * What one extraction found on one reading: ranges per actor, the paint, the actors,
 * topics and places summarised once, hover targets, and the open shadow roots the article was read
 * through and those that hold mentions (they need the styles; hit-testing must pierce
 * them). No extraction (Dossier not acting here) gives empty mentions.
 */
export interface Mentions {
  extraction: Extraction | null;
  byActor: ReadonlyMap<string, Range[]>;
  paint: Paint;
  actors: ActorSummary[];
  byId: ReadonlyMap<string, ActorSummary>;
  topics: PageState['topics'];
  places: PageState['places'];
  targets: HitTarget<{ actorId: string; index: number }>[];
  readRoots: readonly ShadowRoot[];
  mentionRoots: readonly ShadowRoot[];
}

/** The page's noted passages found again: a range per note, the ids not found (orphaned), the shadow roots holding them. */
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
  places: [],
  targets: [],
  readRoots: [],
  mentionRoots: [],
};

export const NO_NOTES: AnchoredNotes = { ranges: new Map(), orphaned: [], roots: [] };

/** What a pass was given: a rerun (a name hidden) reads it again with a new configuration. */
export interface Pass {
  reading: PageReading;
  config: PageConfig;
  /** Extract and paint (Dossier acts here), or only find the reader's notes again. */
  act: boolean;
}

export interface PageSession {
  /** The address the page showed when last read (a new one is read again). */
  url: string;
  /** From the background; null until it has answered for this page. */
  config: PageConfig | null;
  decision: Decision | null;
  /** Whether Dossier acts (extracts and paints) on this page: detected, or forced on. */
  active: boolean;
  /** The last pass the reader chunk was given; null before the reader loaded. */
  pass: Pass | null;
  mentions: Mentions;
  notes: AnchoredNotes;
  /** Whether highlights show; false until the reader chunk runs here. */
  visible: boolean;
  /** The mention or passage the reader was taken to, marked until the card closes or a pass starts. */
  focus: Range | null;
  /** Why the name model is not in use, once a pass tried to load it. */
  modelError?: string;
  knowledgeBase?: KbStatus;
  /** Addresses already written to the reading history in this document. */
  recorded: ReadonlySet<string>;
}

export function emptySession(url: string): PageSession {
  return {
    url,
    config: null,
    decision: null,
    active: false,
    pass: null,
    mentions: NO_MENTIONS,
    notes: NO_NOTES,
    visible: false,
    focus: null,
    recorded: new Set(),
  };
}

export interface PageStore {
  get(): PageSession;
  /** Replaces the record with `change(current)` and returns the new one. */
  update(change: (session: PageSession) => PageSession): PageSession;
  /** Back to the empty record; later updates are ignored. */
  destroy(): void;
}

export function createPageStore(url: string): PageStore {
  let session = emptySession(url);
  let destroyed = false;
  return {
    get: () => session,
    update(change) {
      if (!destroyed) session = change(session);
      return session;
    },
    destroy() {
      destroyed = true;
      session = emptySession(session.url);
    },
  };
}

/** What the popup is told about the page (`tab.state`), with the document's address and title as they are now. */
export function pageStateOf(session: PageSession, page: { url: string; title: string }): PageState {
  return {
    url: page.url,
    title: page.title,
    decision: session.decision,
    active: session.active,
    force: session.config?.force ?? 'auto',
    forceScope: session.config?.forceScope ?? null,
    highlightsVisible: session.visible,
    actors: session.mentions.actors,
    topics: session.mentions.topics,
    places: session.mentions.places,
    orphanedNoteIds: session.notes.orphaned,
    ...(session.modelError ? { modelError: session.modelError } : {}),
    ...(session.knowledgeBase ? { knowledgeBase: session.knowledgeBase } : {}),
  };
}

/** The paint for the record: mentions, noted passages and the focus; null when highlights are hidden. */
export function paintOf(session: PageSession): Paint | null {
  if (!session.visible) return null;
  return { ...session.mentions.paint, note: [...session.notes.ranges.values()], focus: session.focus ? [session.focus] : [] };
}
