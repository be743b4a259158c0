/**
 * The background's answers to every runtime request. The background is the only writer
 * of the database; this module holds that logic so it can be tested with fake-indexeddb,
 * and the entrypoint supplies the two browser capabilities it needs.
 */
import type { DossierDB } from '@/utils/db/database';
import { addNote, deleteNote, notesForPage, restoreNote, searchNotes, updateNote } from '@/utils/db/notes';
import { errorMessage } from '@/utils/db/errors';
import { clearHistory, pruneHistory, recordPage } from '@/utils/db/pages';
import {
  addHiddenName,
  listCustomActors,
  listHiddenNames,
  removeCustomActor,
  removeHiddenName,
  saveCustomActor,
} from '@/utils/db/reader-lists';
import { applyImport, isWebUrl } from '@/utils/export/import';
import { forceFor, getSetting, paintSiteFor, resetSite, setForce, setPaintSite, setSetting } from '@/utils/db/settings';
import { highlightCss } from '@/utils/highlight/palette';
import type { Sender } from '@/utils/messaging/channel';
import type { NoteDraft, Request, Responses, TabRequest } from '@/utils/messaging/protocol';
import type { PageConfig } from '@/utils/model/page';
import { callerOf, refusal, type Caller } from './access';
import { normalizeUrl } from '@/utils/url/normalize';
import { hashtagsIn, retag } from '@/utils/text/hashtags';

export interface BackgroundCapabilities {
  /** Runs the reader chunk (extractor, painter, notes UI) in the sender's frame, in the content-script world. */
  injectReader(sender: Sender): Promise<void>;
  /** Opens a page in a new tab and, once it has loaded, scrolls it to a note's passage. */
  openNote(url: string, noteId: string): Promise<void>;
  /** Adds a user style sheet to the sender's frame (no DOM change in the page). */
  insertCss(sender: Sender, css: string): Promise<void>;
  /**
   * Opens Dossier's side panel beside a tab. Called in the same turn as the message that
   * asks, so a user gesture that came with it still counts; false when the browser refuses.
   */
  openPanel(tabId: number): Promise<boolean>;
  /**
   * Passes a tab request to one frame of a tab; false when nothing answers there. Extension
   * pages ask the background rather than the tab: Firefox does not deliver a framed
   * extension page's `tabs.sendMessage` to the content script of the page around it.
   */
  tellTab(tabId: number, frameId: number, msg: TabRequest): Promise<boolean>;
  /** Tells open side panels that a tab's draft or selected actor changed. */
  notifyPanels(): void;
  /** The tab the reader is looking at, for a side panel that does not know its tab. */
  activeTab(): Promise<{ id: number; url: string } | null>;
  /** `runtime.getURL('/')` and `runtime.id`: how Dossier's own pages are told from pages. */
  extensionRoot: string;
  extensionId: string;
}

/**
 * The page's configuration. For a content script (`forPage`), the watch-list is left out
 * where the reader keeps it unpainted: the page's renderer then never holds it.
 */
export async function pageConfig(db: DossierDB, url: string, forPage = false): Promise<PageConfig> {
  const [{ force, forceScope }, hiddenNames, customActors, sensitivity, paintGlobal, paintPrivateSite] = await Promise.all([
    forceFor(db, url),
    listHiddenNames(db),
    listCustomActors(db),
    getSetting(db, 'sensitivity'),
    getSetting(db, 'paintPrivate'),
    paintSiteFor(db, url),
  ]);
  const paintPrivate = paintPrivateSite ?? paintGlobal;
  return {
    force,
    forceScope,
    hiddenNames,
    customActors: forPage && !paintPrivate ? [] : customActors,
    sensitivity,
    paintPrivate,
    paintPrivateSite,
  };
}

type Handlers = {
  [K in Request['type']]: (msg: Extract<Request, { type: K }>, sender: Sender, caller: Caller) => Promise<Responses[K]>;
};

/** The page a request is about: the sender's own page for a content script, whatever an extension page names. */
const pageOf = (caller: Caller, sender: Sender, named?: string): string => {
  const url = caller === 'content' ? sender.url : named;
  if (!url) throw new Error('This request must name a page.');
  return url;
};

const tabOf = (sender: Sender): number => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('This request must come from a page.');
  return tabId;
};

/** Drafts waiting for their extension page; a few per browser session, the oldest dropped first. */
const MAX_DRAFTS = 20;

/**
 * Every handler's failure reaches the sender as a message a reader understands (a full disk
 * included); the sender keeps what the reader typed, so nothing is lost.
 */
export function createBackgroundHandlers(db: DossierDB, caps: BackgroundCapabilities) {
  const drafts = new Map<string, NoteDraft>();
  const latestDraft = new Map<number, string>();
  const panelActor = new Map<number, string>();
  const panelNote = new Map<number, string>();
  const handlers: Handlers = {
    // "#tags" typed in a note's text are its tags.
    'note.add': ({ note }) => addNote(db, { ...note, tags: [...(note.tags ?? []), ...hashtagsIn(note.body)] }),
    'note.update': async ({ id, patch, expectedUpdated }) => {
      const old = patch.body !== undefined && !patch.tags ? await db.notes.get(id) : undefined;
      return updateNote(
        db,
        id,
        old ? { ...patch, tags: retag(old.tags, old.body, patch.body!) } : patch,
        Date.now(),
        expectedUpdated,
      );
    },
    'note.delete': async ({ id }) => (await deleteNote(db, id)) ?? null,
    'note.restore': async ({ note }) => {
      await restoreNote(db, note);
      return note;
    },
    'note.open': async ({ noteId }) => {
      const note = await db.notes.get(noteId);
      if (!note) throw new Error('This note no longer exists (deleted in another window?).');
      // A stored URL came from a page or a file: only a web page is opened, never data: or javascript:.
      if (!isWebUrl(note.url)) throw new Error('This note is not on a web page, so Dossier will not open it.');
      await caps.openNote(note.url, note.id);
      return true;
    },
    'note.draft': async ({ kind, quote, selectors, actorIds, topicIds, title }, sender) => {
      const tabId = tabOf(sender);
      const draft: NoteDraft = {
        id: crypto.randomUUID(),
        kind,
        quote,
        ...(selectors ? { selectors } : {}),
        actorIds,
        topicIds,
        url: pageOf('content', sender),
        title,
        tabId,
        frameId: sender.frameId ?? 0,
      };
      drafts.set(draft.id, draft);
      for (const old of [...drafts.keys()].slice(0, Math.max(0, drafts.size - MAX_DRAFTS))) drafts.delete(old);
      latestDraft.set(tabId, draft.id);
      caps.notifyPanels();
      return { draftId: draft.id, panel: false };
    },
    'draft.get': async ({ draftId }) => drafts.get(draftId) ?? null,
    'page.notesChanged': ({ tabId, frameId, closeFrame }) =>
      caps.tellTab(tabId, frameId, { type: 'tab.notesChanged', closeFrame }),
    'notes.forPage': ({ url }) => notesForPage(db, normalizeUrl(url)),
    'notes.forActor': ({ actorId }) => searchNotes(db, { actorId }),
    'notes.anchors': async (_msg, sender, caller) => {
      const url = pageOf(caller, sender);
      if (!(await pageConfig(db, url)).paintPrivate) return [];
      return (await notesForPage(db, normalizeUrl(url)))
        .filter((n) => n.kind === 'passage' && n.selectors?.length)
        .map(({ id, kind, selectors }) => ({ id, kind, selectors }));
    },
    'notes.countForActor': async ({ actorId }) => (await searchNotes(db, { actorId })).length,
    'panel.open': async ({ actorId, noteId }, sender) => {
      const tabId = tabOf(sender);
      const opening = caps.openPanel(tabId);
      if (actorId) panelActor.set(tabId, actorId);
      if (noteId) panelNote.set(tabId, noteId);
      caps.notifyPanels();
      return opening;
    },
    'panel.context': async ({ tabId: named }, sender) => {
      const tab =
        named !== undefined
          ? { id: named, url: null }
          : sender.tab?.id !== undefined
            ? { id: sender.tab.id, url: sender.tab.url ?? null }
            : await caps.activeTab();
      if (!tab) return { tabId: null, url: null, draft: null, actorId: null, noteId: null };
      const draftId = latestDraft.get(tab.id);
      return {
        tabId: tab.id,
        url: tab.url,
        draft: (draftId && drafts.get(draftId)) || null,
        actorId: panelActor.get(tab.id) ?? null,
        noteId: panelNote.get(tab.id) ?? null,
      };
    },
    'page.config': ({ url }, sender, caller) => pageConfig(db, pageOf(caller, sender, url), caller === 'content'),
    'page.seen': ({ title, score, actors, url }, sender, caller) =>
      recordPage(db, { url: pageOf(caller, sender, url), title, score, actors }),
    'paint.site': async ({ url, paintPrivate }) => {
      await setPaintSite(db, url, paintPrivate);
      return pageConfig(db, url);
    },
    'force.set': async ({ scope, url, mode }) => {
      await setForce(db, scope, url, mode);
      return pageConfig(db, url);
    },
    'site.reset': async ({ site }) => {
      await resetSite(db, site);
      return true;
    },
    'hidden.add': async ({ name, wordings }) => {
      await addHiddenName(db, name, Date.now(), wordings);
      return listHiddenNames(db);
    },
    'hidden.remove': async ({ name }) => {
      await removeHiddenName(db, name);
      return listHiddenNames(db);
    },
    'reader.load': async (_msg, sender) => {
      await caps.injectReader(sender);
      return true;
    },
    'actor.save': ({ actor }) => saveCustomActor(db, actor),
    'actor.remove': async ({ id }) => {
      await removeCustomActor(db, id);
      return true;
    },
    'setting.set': async (msg) => {
      await setSetting(db, msg.key, msg.value);
      // A shorter retention applies at once, not at the next visit.
      if (msg.key === 'historyDays') await pruneHistory(db, msg.value);
      return true;
    },
    'import.apply': ({ data }) => applyImport(db, data),
    'data.deleteAll': () =>
      db.transaction('rw', [db.notes, db.pages, db.actors, db.hidden, db.settings], async () => {
        const notes = await db.notes.count();
        await Promise.all([db.notes.clear(), db.pages.clear(), db.actors.clear(), db.hidden.clear(), db.settings.clear()]);
        return notes;
      }),
    'history.clear': () => clearHistory(db),
    'highlight.css': async ({ dark, marks }, sender) => {
      const css = highlightCss({ dark, palette: await getSetting(db, 'palette'), marks });
      await caps.insertCss(sender, css);
      return css;
    },
  };
  // Each handler first asks who is calling: a refused request changes and reveals nothing.
  return Object.fromEntries(
    Object.entries(handlers).map(([type, handle]) => [
      type,
      async (msg: never, sender: Sender) => {
        const caller = callerOf(sender, caps.extensionRoot, caps.extensionId);
        const refused = refusal(type as Request['type'], caller);
        if (refused || !caller) throw new Error(refused ?? 'Unknown sender.');
        try {
          return await (handle as (m: never, s: Sender, c: Caller) => Promise<unknown>)(msg, sender, caller);
        } catch (err) {
          throw new Error(errorMessage(err), { cause: err });
        }
      },
    ]),
  ) as { [K in Request['type']]: (msg: Extract<Request, { type: K }>, sender: Sender) => Promise<Responses[K]> };
}
