/**
 * The background's answers to every runtime request. The background is the only writer
 * of the database; this module holds that logic so it can be tested with fake-indexeddb,
 * and the entrypoint supplies the two browser capabilities it needs.
 */
import type { DossierDB } from '@/utils/db/database';
import {
  addNote, deleteNote, notesForPage, restoreNote, searchNotes, updateNote,
} from '@/utils/db/notes';
import { describeDbError } from '@/utils/db/errors';
import { clearHistory, pruneHistory, recordPage } from '@/utils/db/pages';
import { addHiddenName, listCustomActors, listHiddenNames, removeCustomActor, removeHiddenName, saveCustomActor } from '@/utils/db/reader-lists';
import { applyImport, isWebUrl } from '@/utils/export/import';
import { getSetting, setSetting } from '@/utils/db/settings';
import { highlightCss, paletteOf } from '@/utils/highlight/palette';
import type { Sender } from '@/utils/messaging/channel';
import type { ForceMode, PageConfig, Request, Responses } from '@/utils/messaging/protocol';
import { normalizeUrl, siteOf } from '@/utils/url/normalize';

export interface BackgroundCapabilities {
  /** Runs the reader chunk (extractor, painter, notes UI) in the sender's frame, in the content-script world. */
  injectReader(sender: Sender): Promise<void>;
  /** Opens a page in a new tab and, once it has loaded, scrolls it to a note's passage. */
  openNote(url: string, noteId: string): Promise<void>;
  /** Adds a user style sheet to the sender's frame (no DOM change in the page). */
  insertCss(sender: Sender, css: string): Promise<void>;
}

const forceKey = (scope: 'page' | 'site', url: string) =>
  scope === 'page' ? `force:page:${normalizeUrl(url)}` : `force:site:${siteOf(url)}`;

export async function pageConfig(db: DossierDB, url: string): Promise<PageConfig> {
  const [page, site, hiddenNames, customActors, sensitivity] = await Promise.all([
    getSetting<ForceMode>(db, forceKey('page', url)),
    getSetting<ForceMode>(db, forceKey('site', url)),
    listHiddenNames(db),
    listCustomActors(db),
    getSetting<number>(db, 'sensitivity'),
  ]);
  const force = page && page !== 'auto' ? page : site && site !== 'auto' ? site : 'auto';
  const forceScope = page && page !== 'auto' ? 'page' : site && site !== 'auto' ? 'site' : null;
  return { force, forceScope, hiddenNames, customActors, sensitivity: sensitivity ?? 0 };
}

type Handlers = {
  [K in Request['type']]: (msg: Extract<Request, { type: K }>, sender: Sender) => Promise<Responses[K]>;
};

/**
 * Every handler's failure reaches the sender as a message a reader understands (a full disk
 * included); the sender keeps what the reader typed, so nothing is lost.
 */
export function createBackgroundHandlers(db: DossierDB, caps: BackgroundCapabilities): Handlers {
  const handlers: Handlers = {
    'note.add': ({ note }) => addNote(db, note),
    'note.update': ({ id, patch, expectedUpdated }) => updateNote(db, id, patch, Date.now(), expectedUpdated),
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
    'notes.forPage': ({ url }) => notesForPage(db, normalizeUrl(url)),
    'notes.forActor': ({ actorId }) => searchNotes(db, { actorId }),
    'page.config': ({ url }) => pageConfig(db, url),
    'page.seen': ({ url, title, score, actors }) => recordPage(db, { url, title, score, actors }),
    'force.set': async ({ scope, url, mode }) => {
      await setSetting(db, forceKey(scope, url), mode);
      return pageConfig(db, url);
    },
    'hidden.add': async ({ name }) => {
      await addHiddenName(db, name);
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
    'setting.set': async ({ key, value }) => {
      await setSetting(db, key, value);
      // A shorter retention applies at once, not at the next visit.
      if (key === 'historyDays') await pruneHistory(db, value);
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
    'highlight.css': async ({ dark }, sender) => {
      const css = highlightCss({ dark, palette: paletteOf(await getSetting(db, 'palette')) });
      await caps.insertCss(sender, css);
      return css;
    },
  };
  return Object.fromEntries(
    Object.entries(handlers).map(([type, handle]) => [
      type,
      async (msg: never, sender: Sender) => {
        try {
          return await (handle as (m: never, s: Sender) => Promise<unknown>)(msg, sender);
        } catch (err) {
          throw new Error(describeDbError(err));
        }
      },
    ]),
  ) as Handlers;
}
