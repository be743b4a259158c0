/**
 * The middle tier's page: the every-page watcher (and, once it asks, the reader chunk)
 * running in happy-dom against WXT's fake browser, with the real background handlers over
 * fake-indexeddb (a setup file of the project) behind `runtime.sendMessage`. What a browser does and happy-dom cannot is
 * stood in for here, and only that:
 *
 * - the background's `reader.load` runs the reader entrypoint in this realm;
 * - extension files (`runtime.getURL`) are read from `public/`;
 * - `CSS.highlights` is a plain registry, so what is painted can be read back;
 * - each frame's tab-request listener is kept, so a tab request reaches one frame or all;
 * - the reader's gestures are events marked trusted (happy-dom has no `isTrusted`), and
 *   Dossier's closed shadow roots are caught as they are made, to find its buttons.
 *
 * One realm serves every frame: requests from any frame reach the background as from the
 * top frame (its address), so frame tests look at what a frame answers and asks, not at
 * the sender the background records.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createBackgroundHandlers } from '@/utils/background/handlers';
import { openDatabase, type DossierDB } from '@/utils/db/database';
import { highlightName, type HighlightKind } from '@/utils/highlight/palette';
import type { Request, TabRequest, TabResponses } from '@/utils/messaging/protocol';
import { receiveRequest } from '@/utils/messaging/receive-request';
import type { Sender } from '@/utils/messaging/channel';
import { startWatcher } from '@/entrypoints/content/watcher';

const root = resolve(import.meta.dirname, '../../..');

/** A page of the shared corpus (`../shared/corpus/pages`). */
export const corpusPage = (name: string) => readFileSync(resolve(root, '../shared/corpus/pages', name), 'utf8');

/** Puts `html` in `doc` as its head and body (scripts never run). */
export function loadHtml(doc: Document, html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  doc.head.replaceWith(doc.importNode(parsed.head, true));
  doc.body.replaceWith(doc.importNode(parsed.body, true));
}

/** Text painted under one highlight kind, in document order of painting. */
export function painted(kind: HighlightKind): string[] {
  const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
  return [...(registry.get(highlightName(kind)) ?? [])].map((r) => r.toString());
}

class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

/** A request whose answer (made when it arrived) the background holds until `release()`: a slow answer, to overtake. */
interface Held {
  release(): void;
  /** Resolves once the request has arrived and is being held. */
  arrived: Promise<void>;
}

export interface Frame {
  win: Window;
  ctx: ContentScriptContext;
  /** Sends a tab request to this frame alone, as the popup does (frame 0 being the top). */
  tell<K extends TabRequest['type']>(msg: Extract<TabRequest, { type: K }>): Promise<TabResponses[K]>;
}

export interface TestPage {
  db: DossierDB;
  /** Every request the content scripts made, in order. */
  requests: Request[];
  /** The answer to the next request of `type` waits for `release()`. */
  hold(type: Request['type']): Held;
  /** Starts Dossier's content script in `win` (the top window unless given). */
  start(win?: Window): Frame;
  /** Sends a tab request to every frame, as the background's commands do; each frame's answer. */
  tellAll<K extends TabRequest['type']>(msg: Extract<TabRequest, { type: K }>): Promise<TabResponses[K][]>;
  /** Dossier's shadow roots made so far (its UI host's, closed to the page). */
  shadowRoots: ShadowRoot[];
  /** Ends every content script and the database. */
  close(): Promise<void>;
}

let pages = 0;

export function createTestPage(): TestPage {
  const db = openDatabase(`middle-${pages++}-${Date.now()}`);
  const requests: Request[] = [];
  const holds = new Map<string, { gate: Promise<void>; arrive: () => void }>();
  const frames: { ctx: ContentScriptContext; listener: (msg: unknown, sender: object) => Promise<unknown> }[] = [];
  const shadowRoots: ShadowRoot[] = [];

  const files = (url: string) => {
    const path = url.replace(fakeBrowser.runtime.getURL('/'), '');
    try {
      return new Response(readFileSync(resolve(root, 'public', path)));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
  vi.stubGlobal('fetch', async (url: string) => files(String(url)));
  const highlights = { highlights: new Map<string, Set<Range>>() };
  vi.stubGlobal('CSS', highlights);
  vi.stubGlobal('Highlight', FakeHighlight);
  Object.assign(window, { CSS: highlights, Highlight: FakeHighlight });
  // Dossier's UI host has a closed shadow root: the test keeps a handle, as a debugger would.
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const shadow = attach.call(this, init);
    shadowRoots.push(shadow);
    return shadow;
  });

  const receive = receiveRequest(
    createBackgroundHandlers(db, {
      async injectReader() {
        (await import('@/entrypoints/reader')).default.main();
      },
      insertCss: async () => undefined,
      openNote: async () => undefined,
      openPanel: async () => true,
      tellTab: async () => true,
      notifyPanels: () => undefined,
      activeTab: async () => null,
      extensionRoot: fakeBrowser.runtime.getURL('/'),
      extensionId: fakeBrowser.runtime.id,
    }),
  );
  const sender = () =>
    ({ id: fakeBrowser.runtime.id, url: location.href, tab: { id: 1, url: location.href }, frameId: 0 }) as Sender;
  // Answers still being made when the test ends are waited for before the database goes.
  const answering = new Set<Promise<unknown>>();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (msg: Request) => {
    requests.push(msg);
    const answer = receive(msg, sender());
    answering.add(answer);
    const reply = await answer.finally(() => answering.delete(answer));
    const held = holds.get(msg.type);
    if (held) {
      holds.delete(msg.type);
      held.arrive();
      await held.gate;
    }
    return reply;
  }) as never);

  const start = (win: Window = window): Frame => {
    // Each frame's script has its own context name: WXT ends an older context of the same name.
    const ctx = new ContentScriptContext(`content-${frames.length}`, { noScriptStartedPostMessage: true });
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    startWatcher(ctx, win);
    const listener = add.mock.calls.at(-1)![0] as (typeof frames)[number]['listener'];
    add.mockRestore();
    frames.push({ ctx, listener });
    const extensionPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    return {
      win,
      ctx,
      tell: async (msg) => {
        const reply = (await listener(msg, extensionPage)) as { ok: boolean; data?: never; error?: string };
        if (!reply.ok) throw new Error(reply.error);
        return reply.data!;
      },
    };
  };

  return {
    db,
    requests,
    shadowRoots,
    start,
    hold(type) {
      let release!: () => void;
      let arrive!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const arrived = new Promise<void>((r) => (arrive = r));
      holds.set(type, { gate, arrive });
      return { release, arrived };
    },
    async tellAll(msg) {
      const replies = await Promise.all(frames.map(({ listener }) => listener(msg, {})));
      return replies.map((r) => (r as { data: never }).data);
    },
    async close() {
      for (const { ctx } of frames) ctx.abort();
      await Promise.allSettled(answering);
      vi.restoreAllMocks();
      vi.unstubAllGlobals();
      (globalThis as Record<string, unknown>).__dossierReader = undefined;
      await db.delete();
    },
  };
}

/** A click the reader made (happy-dom marks no event trusted). */
export function trustedClick(target: Element): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

/** The button of Dossier's UI whose text starts with `label`, or undefined. */
export function ownButton(page: TestPage, label: string): HTMLButtonElement | undefined {
  return page.shadowRoots.flatMap((r) => [...r.querySelectorAll('button')]).find((b) => b.textContent?.startsWith(label));
}

/** Dossier's status line in the page, if it shows one. */
export const statusLine = (page: TestPage) =>
  page.shadowRoots.map((r) => r.querySelector('.status')?.textContent).find((t) => t) ?? null;
