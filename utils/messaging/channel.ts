/**
 * Typed senders and a checking receiver for the protocol in `protocol.ts` (the background's
 * schema-checked receiver of runtime requests is in `receive-request.ts`).
 *
 * A receiver answers every message it is given: a reply for a valid one, `{ ok: false,
 * error }` for a malformed or unknown one (its handler is never called), and the handler's
 * error message when the handler throws. Senders unwrap the reply and throw `DossierError`
 * with that message, so callers show it to the reader as it is.
 */
import { browser, type Browser } from 'wxt/browser';
import { checkTabRequest } from './tab-request-check';
import type { Reply, Request, Responses, TabRequest, TabResponses } from './protocol';

export class DossierError extends Error {
  override name = 'DossierError';
}

export type Sender = Browser.runtime.MessageSender;

export type Handlers<M extends { type: string }, R extends Record<M['type'], unknown>> = {
  [K in M['type']]: (msg: Extract<M, { type: K }>, sender: Sender) => R[K] | Promise<R[K]>;
};

/** Checks `raw` (the message, or a sentence saying what is wrong) and runs the matching handler; never throws. */
export function createReceiver<M extends { type: string }, R extends Record<M['type'], unknown>>(
  check: (raw: unknown) => M | string,
  handlers: Handlers<M, R>,
) {
  return async (raw: unknown, sender: Sender): Promise<Reply<unknown>> => {
    const msg = check(raw);
    if (typeof msg === 'string') return { ok: false, error: msg };
    const handler = handlers[msg.type as M['type']] as (m: M, s: Sender) => unknown;
    try {
      return { ok: true, data: await handler(msg, sender) };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
}

export const receiveTabRequest = (handlers: Handlers<TabRequest, TabResponses>) =>
  createReceiver<TabRequest, TabResponses>(checkTabRequest, handlers);

function unwrap<T>(reply: unknown): T {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new DossierError('Dossier got no answer; reload the page and try again.');
  }
  const r = reply as Reply<T>;
  if (!r.ok) throw new DossierError(r.error);
  return r.data;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True for the browsers' "no listener" failure: the message was never delivered. */
export const receiverMissing = (err: unknown) => /receiving end does not exist|could not establish connection/i.test(String(err));

/**
 * Sends a request to the background. A missing receiver (the service worker is starting
 * or restarting) is retried with back-off, so a note saved at that moment still lands;
 * any other failure (the worker stopped after receiving it, say) and an error answer are
 * not retried, since the request may have been carried out. A new note gets its id here,
 * so even a retry of a delivered `note.add` stores it once.
 */
export async function request<K extends Request['type']>(
  input: Extract<Request, { type: K }>,
  retries = 4,
): Promise<Responses[K]> {
  const add = input as Request;
  const msg = add.type === 'note.add' && !add.note.id ? { ...add, note: { ...add.note, id: crypto.randomUUID() } } : input;
  for (let attempt = 0; ; attempt++) {
    let reply: unknown;
    try {
      reply = await browser.runtime.sendMessage(msg);
    } catch (err) {
      if (!receiverMissing(err) || attempt >= retries)
        throw new DossierError(`Dossier's background is not answering: ${String(err)}`);
      await pause(150 * 2 ** attempt);
      continue;
    }
    return unwrap<Responses[K]>(reply);
  }
}

/**
 * Sends a request to the content script of a tab: its top frame, another frame, or with
 * 'all' every frame Dossier reads (each acts on its own part; the first answer returns).
 */
export async function requestTab<K extends TabRequest['type']>(
  tabId: number,
  msg: Extract<TabRequest, { type: K }>,
  frame: number | 'all' = 0,
): Promise<TabResponses[K]> {
  let reply: unknown;
  try {
    reply = await (frame === 'all'
      ? browser.tabs.sendMessage(tabId, msg)
      : browser.tabs.sendMessage(tabId, msg, { frameId: frame }));
  } catch {
    throw new DossierError('Dossier is not running on this page (browser pages and stores are off limits).');
  }
  return unwrap<TabResponses[K]>(reply);
}
