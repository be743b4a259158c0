/**
 * One driver for both real browsers, so each end-to-end scenario is written once:
 * `forEachBrowser` runs a block of scenarios in Chromium (Playwright, `--load-extension`)
 * and in Firefox ESR (Puppeteer over WebDriver BiDi), each with its own browser launched
 * before the block and closed after it.
 *
 * What differs between the browsers lives here, behind `Browser` and `TestPage`: how
 * functions are sent into a page, keyboard chords, extension pages (which Firefox's BiDi
 * never reports as loaded), the background (Chromium's service worker; in Firefox an
 * extension page, since BiDi cannot reach an MV2 background page), restarting it, and the
 * note editor and card in Dossier's closed shadow root (Chromium reads them through the
 * accessibility tree; Firefox's BiDi neither enters moz-extension frames nor exposes that
 * tree, so there the driver knows them by focus and by where Dossier's host sits). What
 * a browser cannot do at all, a scenario branches on, by `b.name`, saying why.
 *
 * Every wait is on a condition, with a timeout that fails the test.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Frame as PwFrame, Page as PwPage } from 'playwright-core';
import type { Browser as PpBrowser, Frame as PpFrame, Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, vi } from 'vitest';
import { axDialog, axNoDialog } from './ax';
import {
  ARTIFACTS,
  FIREFOX_ADDON_ID,
  chromiumWorker,
  collectErrors,
  launchChromium,
  launchFirefox,
  openFirefoxExtensionPage,
} from './browsers';
import { onElements, sendable, type ElementOp, type Target } from './elements';

export type BrowserName = 'chromium' | 'firefox';
export interface Point {
  x: number;
  y: number;
}
export interface Box extends Point {
  width: number;
  height: number;
}

/** Somewhere functions run: a page, a frame. Functions are serialised: they may use nothing from the test file. */
export interface Evaluator {
  url(): string;
  evaluate<R>(fn: () => R): Promise<Awaited<R>>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  /** Runs a script's source (axe-core), as the driver's evaluation, which extension pages' CSP allows. */
  evaluate(source: string): Promise<unknown>;
  /** Waits until `fn` returns something truthy. */
  waitForFunction(fn: () => unknown, arg?: undefined, timeoutMs?: number): Promise<void>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
}

/** Elements of Dossier's own pages, named as the reader knows them (see elements.ts). */
export interface Elements {
  waitFor(target: Target, timeoutMs?: number): Promise<void>;
  count(target: Target): Promise<number>;
  /** The rendered text of the first match. */
  text(target: Target): Promise<string>;
  texts(target: Target): Promise<string[]>;
  attr(target: Target, name: string): Promise<string | null>;
  isDisabled(target: Target): Promise<boolean>;
  /** Focuses the first match; fails when it cannot take the focus. */
  focus(target: Target): Promise<void>;
  /** The first match's box in this document's viewport, scrolled into view. */
  box(target: Target): Promise<Box>;
}

export type Frame = Evaluator & Elements;

export interface Keyboard {
  type(text: string): Promise<void>;
  /** A key or a chord such as `Control+Enter`. */
  press(keys: string): Promise<void>;
}

export interface Mouse {
  move(x: number, y: number, options?: { steps?: number }): Promise<unknown>;
  down(): Promise<unknown>;
  up(): Promise<unknown>;
  click(x: number, y: number): Promise<unknown>;
}

/**
 * The hover card as the driver can see it: its text and buttons where the browser exposes
 * its accessibility tree (Chromium), or only where it sits (Firefox).
 */
export type Card = { readable: true; text: string; click(button: string): Promise<void> } | { readable: false };

/** The note editor Dossier opens in the page; `frame` where the driver can enter it (Chromium). */
export interface NoteEditor {
  frame?: Frame;
}

export interface TestPage extends Frame {
  readonly mouse: Mouse;
  readonly keyboard: Keyboard;
  /** Uncaught errors and console errors since the page opened. */
  readonly errors: string[];
  /** Navigates; `lenient` for saved pages whose load the browser may never report (their text is what the test waits on). */
  goto(url: string, options?: { lenient?: boolean }): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
  bringToFront(): Promise<void>;
  /** Saves a screenshot to test-results/<file>. */
  screenshot(file: string, options?: { fullPage?: boolean; clip?: Box }): Promise<void>;
  /** A screenshot of a viewport box, as base64 PNG. */
  capture(clip: Box): Promise<string>;
  /** Makes the page prefer a dark colour scheme: Chromium only (BiDi in Firefox ESR has no such emulation). */
  darkScheme?(): Promise<void>;
  /** Real mouse click on the centre of the first match. */
  click(target: Target): Promise<void>;
  /** Replaces a field's text by typing, as the reader does (select all, then type). */
  fill(target: Target, value: string): Promise<void>;
  /** Picks an option of a select element, by value or by its label. */
  choose(target: Target, option: { value: string } | { label: string }): Promise<void>;
  /** Hands a file to a file input (CSS selector). */
  upload(selector: string, file: string): Promise<void>;
  /** Waits for the first frame whose URL passes `match`. */
  frame(match: (url: string) => boolean): Promise<Frame>;
  /** How many frames the page holds besides its own document. */
  childFrames(): number;
  /**
   * Waits for Dossier's note editor to open with the keyboard in it: the page (or the frame
   * `inside`, for a passage there) sees its focus move to Dossier's host.
   */
  noteEditor(inside?: Frame): Promise<NoteEditor>;
  /** Waits until no note editor is open in the page. */
  noteEditorClosed(): Promise<void>;
  /** Waits for the hover card named `name` that the pointer at `at` opened (`until`: text it must hold, where readable). */
  card(name: string, at: Point, options?: { until?: (text: string) => boolean }): Promise<Card>;
  /** Waits until that card has closed. */
  cardClosed(name: string, at: Point): Promise<void>;
  /** A DevTools protocol session on this page: Chromium only (undefined in Firefox). */
  devtools?(): Promise<CDPSession>;
}

export interface Browser {
  readonly name: BrowserName;
  /** Strings the extension is known by, which no page may ever see. */
  readonly identifiers: string[];
  /** The id a page would have to know to forge WXT's messages to Dossier's content script. */
  readonly contentScriptId: string;
  newPage(options?: { initScript?: string }): Promise<TestPage>;
  /** Opens one of Dossier's pages (`popup.html?tabId=3`, `options.html`, `sidepanel.html?tab=3`) in a tab. */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<TestPage>;
  /** Runs a function in the background's realm (extension APIs as `browser` or `chrome`). */
  background<R, A>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  background<R>(fn: () => R): Promise<Awaited<R>>;
  tabId(page: TestPage): Promise<number>;
  /** The page the browser opens next whose address passes `match`; ask before the gesture that opens it. */
  nextPage(match: (url: string) => boolean): Promise<TestPage>;
  /** Stops Dossier's background and waits until it answers again (`page`: the page under test, which lends Chromium its DevTools session and which Firefox brings back to the front). */
  restartBackground(page: TestPage): Promise<void>;
}

mkdirSync(ARTIFACTS, { recursive: true });

const LABELS: Record<BrowserName, string> = { chromium: 'Chromium', firefox: 'Firefox' };

/** Polls `check` (which throws until it holds) on a condition, never a fixed pause. */
const until = <T>(check: () => T | Promise<T>, timeoutMs = 10_000) => vi.waitFor(check, { timeout: timeoutMs, interval: 100 });

/** Dossier's UI host, a `div` right under `<html>` as page scripts see it, is at a viewport point. */
export const hostAt = ({ x, y }: Point) => document.elementFromPoint(x, y)?.matches(':root > div') === true;
const focusOnHost = () => document.activeElement?.matches(':root > div') === true;
const isEditorUrl = (url: string) => /^(chrome|moz)-extension:\/\/[^/]+\/sidepanel\.html\?/.test(url) && url.includes('draft=');

/** Element operations for anything that can evaluate. */
function elementsOf(ev: Evaluator): Elements {
  const run = <T>(target: Target, op: ElementOp) => ev.evaluate(onElements, { target: sendable(target), op }) as Promise<T>;
  return {
    waitFor: (target, timeoutMs = 10_000) =>
      ev.waitForFunction(onElements, { target: sendable(target), op: { op: 'exists' } }, timeoutMs),
    count: (target) => run(target, { op: 'count' }),
    text: (target) => run(target, { op: 'text' }),
    texts: (target) => run(target, { op: 'texts' }),
    attr: (target, name) => run(target, { op: 'attr', name }),
    isDisabled: (target) => run(target, { op: 'disabled' }),
    focus: async (target) => {
      if (!(await run<boolean>(target, { op: 'focus' }))) throw new Error(`could not focus ${JSON.stringify(target)}`);
    },
    box: (target) => run(target, { op: 'box' }),
  };
}

/** Playwright's and Puppeteer's frames, seen alike. */
function evaluator(f: PwFrame | PwPage | PpFrame | PpPage, kind: BrowserName): Evaluator {
  const anyF = f as any;
  return {
    url: () => f.url(),
    evaluate: (fn: unknown, arg?: unknown) => anyF.evaluate(fn, arg),
    waitForFunction: async (fn: unknown, arg?: unknown, timeoutMs = 10_000) => {
      if (kind === 'chromium') await anyF.waitForFunction(fn, arg, { timeout: timeoutMs });
      else await anyF.waitForFunction(fn, { timeout: timeoutMs }, arg);
    },
  } as Evaluator;
}

const frameOf = (f: PwFrame | PpFrame, kind: BrowserName): Frame => {
  const ev = evaluator(f, kind);
  return { ...ev, ...elementsOf(ev) };
};

/** The parts of a page both drivers share once their frames are wrapped. */
function pageOf(
  raw: PwPage | PpPage,
  kind: BrowserName,
  own: Pick<
    TestPage,
    'goto' | 'keyboard' | 'screenshot' | 'capture' | 'upload' | 'noteEditor' | 'noteEditorClosed' | 'card' | 'cardClosed'
  > & { frames(): (PwFrame | PpFrame)[]; mainFrame(): PwFrame | PpFrame },
): TestPage {
  const ev = evaluator(raw, kind);
  const el = elementsOf(ev);
  const page: TestPage = {
    ...ev,
    ...el,
    ...own,
    mouse: raw.mouse as Mouse,
    errors: collectErrors(raw),
    reload: async () => void (await raw.reload()),
    close: () => raw.close(),
    bringToFront: () => raw.bringToFront(),
    click: async (target) => {
      await el.waitFor(target);
      const { x, y, width, height } = await el.box(target);
      await raw.mouse.click(x + width / 2, y + height / 2);
    },
    fill: async (target, value) => {
      await el.waitFor(target);
      await ev.evaluate(onElements, { target: sendable(target), op: { op: 'select-all' } });
      if (value) await own.keyboard.type(value);
      else await own.keyboard.press('Backspace');
    },
    choose: async (target, option) => {
      await el.waitFor(target);
      await ev.evaluate(onElements, { target: sendable(target), op: { op: 'choose', ...option } });
    },
    frame: async (match) => {
      let found: PwFrame | PpFrame | undefined;
      await until(() => {
        found = own.frames().find((f) => match(f.url()));
        if (!found) throw new Error('no such frame yet');
      });
      return frameOf(found!, kind);
    },
    childFrames: () => own.frames().filter((f) => f !== own.mainFrame()).length,
  };
  return page;
}

function chromiumPage(raw: PwPage): TestPage {
  const noteEditorFrame = async () => {
    let found: PwFrame | undefined;
    await until(() => {
      found = raw.frames().find((f) => isEditorUrl(f.url()));
      if (!found) throw new Error('the editor frame did not appear');
    });
    return found!;
  };
  return pageOf(raw, 'chromium', {
    frames: () => raw.frames(),
    mainFrame: () => raw.mainFrame(),
    goto: async (url, { lenient = false } = {}) => void (await raw.goto(url, lenient ? { waitUntil: 'domcontentloaded' } : {})),
    keyboard: {
      type: (text) => raw.keyboard.type(text),
      press: (keys) => raw.keyboard.press(keys),
    },
    screenshot: async (file, options = {}) => void (await raw.screenshot({ path: join(ARTIFACTS, file), ...options })),
    capture: async (clip) => (await raw.screenshot({ clip })).toString('base64'),
    upload: (selector, file) => raw.locator(selector).setInputFiles(file),
    noteEditor: async (inside) => {
      const frame = await noteEditorFrame();
      await frame.locator('textarea:focus').waitFor({ timeout: 10_000 });
      await (inside ?? evaluator(raw, 'chromium')).waitForFunction(focusOnHost);
      return { frame: frameOf(frame, 'chromium') };
    },
    noteEditorClosed: () =>
      until(() => {
        if (raw.frames().some((f) => isEditorUrl(f.url()))) throw new Error('the editor is still open');
      }),
    card: async (name, _at, options) => {
      const dialog = await axDialog(raw, name, options);
      return { readable: true, text: dialog.text, click: dialog.click };
    },
    cardClosed: (name) => axNoDialog(raw, name),
  });
}

function firefoxPage(raw: PpPage): TestPage {
  const keyboard: Keyboard = {
    type: (text) => raw.keyboard.type(text),
    // Puppeteer presses one key at a time: a chord is held down in order and released in reverse.
    press: async (keys) => {
      const parts = keys.split('+');
      const key = parts.pop()!;
      for (const held of parts) await raw.keyboard.down(held as never);
      await raw.keyboard.press(key as never);
      for (const held of parts.reverse()) await raw.keyboard.up(held as never);
    },
  };
  return pageOf(raw, 'firefox', {
    frames: () => raw.frames(),
    mainFrame: () => raw.mainFrame(),
    goto: async (url, { lenient = false } = {}) => {
      if (lenient) await raw.goto(url, { waitUntil: 'domcontentloaded', timeout: 10_000 }).catch(() => undefined);
      else await raw.goto(url);
    },
    keyboard,
    screenshot: async (file, options = {}) =>
      void (await raw.screenshot({ path: join(ARTIFACTS, file) as `${string}.png`, ...options })),
    capture: async (clip) => (await raw.screenshot({ clip, encoding: 'base64' })) as string,
    upload: async (selector, file) => {
      const input = await raw.waitForSelector(selector);
      await (input as any).uploadFile(file);
    },
    // BiDi reports a moz-extension frame as about:blank and does not let the driver in:
    // the editor is known by the frame it adds and the focus it takes from the page.
    noteEditor: async (inside) => {
      const doc = inside ?? evaluator(raw, 'firefox');
      await until(() => {
        if (!raw.frames().some((f) => f !== raw.mainFrame() && f.url() === 'about:blank')) throw new Error('no editor frame yet');
      });
      await doc.waitForFunction(focusOnHost);
      return {};
    },
    noteEditorClosed: () =>
      until(() => {
        if (raw.frames().some((f) => f !== raw.mainFrame() && f.url() === 'about:blank'))
          throw new Error('the editor is still open');
      }),
    card: async (_name, at) => {
      await evaluator(raw, 'firefox').waitForFunction(({ x, y }: Point) => {
        // Anywhere in the rows around the point: a name that wraps anchors its card to its last line.
        const host = (xx: number, yy: number) => document.elementFromPoint(xx, yy)?.matches(':root > div') === true;
        if (host(x, y)) return false;
        for (let yy = Math.max(0, y - 300); yy <= Math.min(innerHeight - 1, y + 300); yy += 10)
          for (let xx = 0; xx < innerWidth; xx += 20) if (host(xx, yy)) return true;
        return false;
      }, at);
      return { readable: false };
    },
    cardClosed: async () => {
      await evaluator(raw, 'firefox').waitForFunction(() => {
        for (let yy = 0; yy < innerHeight; yy += 10)
          for (let xx = 0; xx < innerWidth; xx += 20) if (document.elementFromPoint(xx, yy)?.matches(':root > div')) return false;
        return true;
      });
    },
  });
}

/** Chromium through Playwright: the background is the extension's service worker. */
async function chromium(): Promise<Browser & { close(): Promise<void> }> {
  const s = await launchChromium();
  const context: BrowserContext = s.context;
  const wrap = (raw: PwPage): TestPage => ({
    ...chromiumPage(raw),
    devtools: () => context.newCDPSession(raw),
    darkScheme: () => raw.emulateMedia({ colorScheme: 'dark' }),
  });
  const background = async (fn: any, arg?: unknown) => (await chromiumWorker(context)).evaluate(fn, arg);
  const browser: Browser & { close(): Promise<void> } = {
    name: 'chromium',
    identifiers: [s.extensionId],
    contentScriptId: s.extensionId,
    newPage: async ({ initScript } = {}) => {
      const raw = await context.newPage();
      if (initScript) await raw.addInitScript(initScript);
      return wrap(raw);
    },
    openExtensionPage: async (path, viewport) => {
      const raw = await context.newPage();
      if (viewport) await raw.setViewportSize(viewport);
      await raw.goto(`chrome-extension://${s.extensionId}/${path}`);
      return wrap(raw);
    },
    background: background as Browser['background'],
    tabId: (page) => background(tabIdOf, page.url()) as Promise<number>,
    nextPage: async (match) => {
      const raw = await context.waitForEvent('page', { timeout: 20_000 });
      await raw.waitForURL((u) => match(u.href), { timeout: 20_000, waitUntil: 'commit' });
      return wrap(raw);
    },
    restartBackground: async (page) => {
      const cdp = await page.devtools!();
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
    },
    close: () => s.close(),
  };
  return browser;
}

/**
 * Firefox through Puppeteer over BiDi. The background's realm is reached through one
 * extension page kept open for the purpose (BiDi cannot reach an MV2 background page).
 */
async function firefox(): Promise<Browser & { close(): Promise<void> }> {
  const s = await launchFirefox();
  const pb: PpBrowser = s.browser;
  const extensionPage = async (path: string, viewport?: { width: number; height: number }) => {
    const raw = await pb.newPage();
    if (viewport) await raw.setViewport(viewport);
    await openFirefoxExtensionPage(raw, `${s.extensionOrigin}/${path}`);
    return raw;
  };
  // Opened first, so it never takes the front from a page under test (keys go to the front tab).
  let helper: PpPage = await extensionPage('popup.html');
  const background = async (fn: any, arg?: unknown) => helper.evaluate(fn, arg);
  const browser: Browser & { close(): Promise<void> } = {
    name: 'firefox',
    identifiers: [FIREFOX_ADDON_ID, s.extensionOrigin],
    contentScriptId: FIREFOX_ADDON_ID,
    newPage: async ({ initScript } = {}) => {
      const raw = await pb.newPage();
      if (initScript) await raw.evaluateOnNewDocument(initScript);
      return firefoxPage(raw);
    },
    openExtensionPage: async (path, viewport) => firefoxPage(await extensionPage(path, viewport)),
    background: background as Browser['background'],
    tabId: (page) => background(tabIdOf, page.url()) as Promise<number>,
    nextPage: async (match) => {
      const target = await pb.waitForTarget((t) => t.type() === 'page' && match(t.url()), { timeout: 20_000 });
      return firefoxPage((await target.page())!);
    },
    // Reloading the extension restarts its background (and content scripts) and closes its pages.
    restartBackground: async (page) => {
      await helper.evaluate(() => (globalThis as any).browser.runtime.reload()).catch(() => undefined);
      // While the extension reloads, even opening a tab can fail: each try starts afresh.
      let raw: PpPage | null = null;
      await until(async () => {
        raw ??= await pb.newPage();
        await openFirefoxExtensionPage(raw, `${s.extensionOrigin}/popup.html`);
        const reply = await raw.evaluate(() =>
          (globalThis as any).browser.runtime.sendMessage({ type: 'page.config', url: 'https://a.example/' }),
        );
        if (!reply?.ok) throw new Error('the background does not answer yet');
      }, 30_000);
      helper = raw!;
      await page.bringToFront();
    },
    close: () => s.close(),
  };
  return browser;
}

/** Run in the background's realm: the id of the tab showing `url`. */
async function tabIdOf(url: string): Promise<number> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const tabs: { id?: number; url?: string }[] = await api.tabs.query({});
  const tab = tabs.find((t) => t.url === url);
  if (!tab?.id) throw new Error(`no tab for ${url}`);
  return tab.id;
}

/**
 * Declares the scenarios `body` writes once, for each browser in its own `describe`
 * ("Chromium", "Firefox"), with that browser launched before them and closed after.
 * `b.name` is known while declaring, so a scenario one browser cannot run is declared
 * for the other only.
 */
export function forEachBrowser(body: (b: Browser) => void): void {
  for (const name of ['chromium', 'firefox'] as const) {
    describe(LABELS[name], () => {
      const session = { name } as Browser & { close?(): Promise<void> };
      beforeAll(async () => void Object.assign(session, await (name === 'chromium' ? chromium() : firefox())));
      afterAll(async () => session.close?.());
      body(session);
    });
  }
}
