/**
 * The one message protocol between content script, popup/options and background.
 *
 * Every message is validated on receipt with the schemas below; anything that does not
 * parse gets `{ ok: false, error }` and changes nothing. Two channels:
 * - runtime messages (`Request`), answered by the background, which owns the database;
 * - tab messages (`TabRequest`), sent by the popup or background to a page's content script.
 */
import * as v from 'valibot';
import type { ImportResult } from '@/utils/export/import';
import { ImportDataSchema } from '@/utils/export/schema';
import { CustomActorInputSchema, PageActorSchema, type CustomActorRecord } from '@/utils/model/actor';
import { id, name, text, title, url } from '@/utils/model/fields';
import { FORCE_SCOPES } from '@/utils/model/kinds';
import { NewNoteSchema, NoteSchema, SelectorSchema, type Note, type NoteAnchor } from '@/utils/model/note';
import { ForceModeSchema, type PageConfig, type PageRecord, type PageState } from '@/utils/model/page';
import {
  BackupEverySchema,
  BackupNoteCountSchema,
  HistoryDaysSchema,
  PaintPrivateSchema,
  PaletteSchema,
  SensitivitySchema,
} from '@/utils/model/settings';

export const RequestSchema = v.variant('type', [
  v.object({ type: v.literal('note.add'), note: NewNoteSchema }),
  v.object({
    type: v.literal('note.update'),
    id,
    patch: v.object({ body: v.optional(text(100_000)), tags: v.optional(v.array(text(100))) }),
    /** The `updated` of the copy the editor loaded: a note changed since is not overwritten. */
    expectedUpdated: v.optional(v.number()),
  }),
  v.object({ type: v.literal('note.delete'), id }),
  v.object({ type: v.literal('note.restore'), note: NoteSchema }),
  v.object({ type: v.literal('note.open'), noteId: id }),
  // A passage the reader chose to note, from the page it is on; the note itself is written
  // in an extension page (side panel or editor frame), which reads the draft by its id.
  v.object({
    type: v.literal('note.draft'),
    kind: v.picklist(['passage', 'actor']),
    quote: text(20_000),
    selectors: v.optional(v.array(SelectorSchema)),
    actorIds: v.array(id),
    topicIds: v.optional(v.array(id), []),
    title,
  }),
  v.object({ type: v.literal('draft.get'), draftId: id }),
  // From an extension page: tell a tab's frame to paint its noted passages again (and close its editor frame).
  v.object({
    type: v.literal('page.notesChanged'),
    tabId: v.pipe(v.number(), v.integer()),
    frameId: v.pipe(v.number(), v.integer()),
    closeFrame: v.boolean(),
  }),
  v.object({ type: v.literal('notes.anchors') }),
  v.object({ type: v.literal('notes.countForActor'), actorId: id }),
  v.object({ type: v.literal('panel.open'), actorId: v.optional(id), noteId: v.optional(id) }),
  v.object({ type: v.literal('panel.context'), tabId: v.optional(v.pipe(v.number(), v.integer())) }),
  v.object({ type: v.literal('notes.forPage'), url }),
  v.object({ type: v.literal('notes.forActor'), actorId: id }),
  v.object({ type: v.literal('page.config'), url }),
  v.object({
    type: v.literal('page.seen'),
    url,
    title,
    score: v.number(),
    actors: v.array(PageActorSchema),
  }),
  // The reader's per-site choice to keep noted passages and watch-list names unpainted; null follows the global switch.
  v.object({ type: v.literal('paint.site'), url, paintPrivate: v.nullable(v.boolean()) }),
  v.object({ type: v.literal('force.set'), scope: v.picklist(FORCE_SCOPES), url, mode: ForceModeSchema }),
  // A site the options page lists as switched on or off goes back to automatic.
  v.object({ type: v.literal('site.reset'), site: text(8_192) }),
  v.object({
    type: v.literal('hidden.add'),
    name,
    wordings: v.optional(v.pipe(v.array(name), v.maxLength(100))),
  }),
  v.object({ type: v.literal('hidden.remove'), name }),
  v.object({ type: v.literal('reader.load') }),
  v.object({ type: v.literal('actor.save'), actor: CustomActorInputSchema }),
  v.object({ type: v.literal('actor.remove'), id }),
  v.variant('key', [
    v.object({ type: v.literal('setting.set'), key: v.literal('paintPrivate'), value: PaintPrivateSchema }),
    v.object({ type: v.literal('setting.set'), key: v.literal('sensitivity'), value: SensitivitySchema }),
    v.object({ type: v.literal('setting.set'), key: v.literal('palette'), value: PaletteSchema }),
    v.object({ type: v.literal('setting.set'), key: v.literal('historyDays'), value: HistoryDaysSchema }),
    v.object({ type: v.literal('setting.set'), key: v.literal('backupEvery'), value: BackupEverySchema }),
    v.object({ type: v.literal('setting.set'), key: v.literal('backupNoteCount'), value: BackupNoteCountSchema }),
  ]),
  v.object({ type: v.literal('import.apply'), data: ImportDataSchema }),
  v.object({ type: v.literal('data.deleteAll') }),
  v.object({ type: v.literal('history.clear') }),
  // marks: the page's browser lacks the Custom Highlight API, so the `<mark>` fallback needs its rules.
  v.object({ type: v.literal('highlight.css'), dark: v.boolean(), marks: v.optional(v.boolean()) }),
]);
export type Request = v.InferOutput<typeof RequestSchema>;

/** A passage waiting to be noted, held by the background for the extension page that writes the note. */
export interface NoteDraft {
  id: string;
  kind: 'passage' | 'actor';
  quote: string;
  selectors?: Note['selectors'];
  actorIds: string[];
  /** The page's topics when the note was started. */
  topicIds: string[];
  /** From the sender, never from the message. */
  url: string;
  title: string;
  tabId: number;
  frameId: number;
}

/** What the side panel needs to know about the tab it sits beside. */
export interface PanelContext {
  tabId: number | null;
  url: string | null;
  draft: NoteDraft | null;
  actorId: string | null;
  /** A noted passage the reader clicked on the page. */
  noteId: string | null;
}

/** The answer type for each runtime request. */
export interface Responses {
  'note.add': Note;
  'note.update': Note;
  'note.delete': Note | null;
  'note.restore': Note;
  'note.open': true;
  /** The draft's id, or the id and whether the side panel opened for it. */
  'note.draft': { draftId: string; panel: boolean };
  'draft.get': NoteDraft | null;
  'page.notesChanged': boolean;
  'notes.anchors': NoteAnchor[];
  'notes.countForActor': number;
  'panel.open': boolean;
  'panel.context': PanelContext;
  'paint.site': PageConfig;
  'notes.forPage': Note[];
  'notes.forActor': Note[];
  'page.config': PageConfig;
  'page.seen': PageRecord;
  'force.set': PageConfig;
  'site.reset': true;
  'hidden.add': string[];
  'hidden.remove': string[];
  'reader.load': true;
  'actor.save': CustomActorRecord;
  'actor.remove': true;
  'setting.set': true;
  'import.apply': ImportResult;
  'data.deleteAll': number;
  /** How many pages of reading history were removed. */
  'history.clear': number;
  /** The style sheet inserted into the page, for the reader to give its shadow trees too. */
  'highlight.css': string;
}

export const TabRequestSchema = v.variant('type', [
  v.object({ type: v.literal('tab.state') }),
  v.object({ type: v.literal('tab.reanalyze') }),
  v.object({ type: v.literal('tab.toggle') }),
  // inPanel: the side panel has opened for this selection, so no editor frame is needed.
  v.object({ type: v.literal('tab.noteSelection'), inPanel: v.optional(v.boolean()) }),
  v.object({ type: v.literal('tab.revealNote'), noteId: id }),
  v.object({ type: v.literal('tab.notesChanged'), closeFrame: v.boolean() }),
  v.object({ type: v.literal('tab.revealActor'), actorId: id, index: v.pipe(v.number(), v.integer()) }),
]);
export type TabRequest = v.InferOutput<typeof TabRequestSchema>;

export interface TabResponses {
  'tab.state': PageState;
  'tab.reanalyze': PageState;
  'tab.toggle': boolean;
  'tab.noteSelection': boolean;
  'tab.revealNote': boolean;
  'tab.notesChanged': boolean;
  'tab.revealActor': boolean;
}

/** Broadcast from the background to Dossier's pages when a tab's draft or selected actor changed; not a request. */
export const PANEL_CHANGED = 'dossier.panelChanged';

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** Turns a parse failure into one short sentence naming the first bad field. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'Malformed message';
  const path = v.getDotPath(first);
  return `Malformed message${path ? ` at ${path}` : ''}: ${first.message}`;
}
