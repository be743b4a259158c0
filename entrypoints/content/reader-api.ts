/**
 * The contract between the small content script that runs on every page (watcher.ts)
 * and the reader chunk (entrypoints/reader.ts) that the background injects, into the same
 * content-script world, only when Dossier acts on a page or the reader takes a note. The
 * page session's state is the watcher's store; the reader chunk writes into it, the
 * watcher answers the popup from it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReading } from '@/utils/pipeline/read-page';
import type { PageConfig } from '@/utils/model/page';
import type { PageStore } from '@/utils/pipeline/page-session';

export interface ReaderSession {
  /** Extracts and paints when `act`, anchors the page's notes either way. */
  show(reading: PageReading, config: PageConfig, act: boolean): Promise<void>;
  toggle(): boolean;
  /** Hands the selected passage to an extension page (the panel when `inPanel`, else an editor frame here). */
  noteSelection(inPanel: boolean): Promise<boolean>;
  /** Paints the page's noted passages again after an extension page saved or deleted one. */
  notesChanged(closeFrame: boolean): Promise<true>;
  revealNote(noteId: string): Promise<boolean>;
  revealActor(actorId: string, index: number): boolean;
  /** Removes every highlight and the UI, leaving the page as it was. */
  clear(): void;
}

export interface ReaderApi {
  /** The reader's session for `doc`, writing what it finds into the watcher's `store`. */
  createSession(ctx: ContentScriptContext, doc: Document, store: PageStore): ReaderSession;
}
