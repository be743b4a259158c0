/**
 * Who may ask the background for what. A content script runs in the page's renderer, which
 * Dossier treats as hostile (a page can attack it, a compromised renderer can send anything
 * the content script could): it may only act on the page it runs in, with the URL taken
 * from the browser's sender record, never from the message, and it never reads the reader's
 * words. Everything that reads across pages, edits, deletes, imports, exports or changes
 * settings answers only to Dossier's own pages (popup, options, side panel, editor frame),
 * whose sender URL lies under the extension's root.
 *
 * Boundary cases: a sender with neither an extension URL nor a tab (another extension's
 * page, a worker) is nobody and gets nothing; an extension page shown inside a tab (the
 * editor frame) is an extension page.
 */
import type { Request } from '@/utils/messaging/protocol';
import type { Sender } from '@/utils/messaging/channel';

export type Caller = 'extension' | 'content';

/** The requests a page's content script may make, each about the page it runs in. */
export const CONTENT_REQUESTS: ReadonlySet<Request['type']> = new Set<Request['type']>([
  'page.config',
  'page.seen',
  'notes.anchors',
  'notes.countForActor',
  'note.draft',
  'panel.open',
  'hidden.add',
  'reader.load',
  'highlight.css',
]);

/**
 * Extension pages are known by a URL the browser records (never one the sender names):
 * under `extensionRoot` (`runtime.getURL('/')`), or, for Chrome's `use_dynamic_url` editor
 * frame, under the same scheme with a per-session id, from this extension (`sender.id`;
 * another extension reaches only `onMessageExternal`). A sender in a tab with any other
 * URL is a content script.
 */
export function callerOf(sender: Sender, extensionRoot: string, ownId: string): Caller | null {
  if (sender.id !== ownId) return null;
  const url = sender.url ?? '';
  const scheme = extensionRoot.slice(0, extensionRoot.indexOf('//') + 2);
  if (url.startsWith(extensionRoot) || (scheme.endsWith('-extension://') && url.startsWith(scheme))) return 'extension';
  if (sender.tab?.id !== undefined && !/^[a-z]+-extension:/.test(url)) return 'content';
  return null;
}

/** Why a request was refused, or null when the caller may make it. */
export function refusal(type: Request['type'], caller: Caller | null): string | null {
  if (caller === 'extension') return null;
  if (caller === 'content' && CONTENT_REQUESTS.has(type)) return null;
  return 'Dossier does not answer this request from a web page.';
}
