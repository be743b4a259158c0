/**
 * The shapes stored in Dossier's database. Notes are W3C-annotation-like: a passage note
 * keeps its quote and selectors so it can be re-anchored when the page changes.
 */
import type { ActorType, WatchType } from '@/utils/extract/types';

export type NoteKind = 'passage' | 'actor' | 'page';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

export interface Note {
  id: string;
  kind: NoteKind;
  body: string;
  tags: string[];
  quote?: string;
  selectors?: Selector[];
  actorIds: string[];
  topicIds: string[];
  /** Normalised page URL (see utils/url/normalize.ts). */
  url: string;
  title: string;
  site: string;
  created: number;
  updated: number;
}

/** What a caller supplies to create a note; the database fills in the rest. */
export interface NewNote {
  /** The caller's id for the note: adding the same id twice stores it once. */
  id?: string;
  kind: NoteKind;
  body: string;
  tags?: string[];
  quote?: string;
  selectors?: Selector[];
  actorIds?: string[];
  topicIds?: string[];
  url: string;
  title: string;
}

export interface PageActor {
  id: string;
  name: string;
  type: ActorType;
  count: number;
}

export interface PageRecord {
  url: string;
  title: string;
  site: string;
  firstSeen: number;
  lastSeen: number;
  score: number;
  actors: PageActor[];
}

/** An entry of the reader's watch-list: highlighted on every page like a gazetteer actor. */
export interface CustomActorRecord {
  id: string;
  name: string;
  type: WatchType;
  aliases: string[];
  role?: string;
  created: number;
}

/**
 * An actor the reader marked "not an actor", by its canonical name, with the wordings it
 * had where it was hidden (older entries and imports may hold a bare wording and none).
 */
export interface HiddenName {
  name: string;
  wordings?: string[];
  created: number;
}

export interface Setting {
  key: string;
  value: unknown;
}
