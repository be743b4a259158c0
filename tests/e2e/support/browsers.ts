/**
 * Launches the real browsers with the built extension loaded (the e2e driver, driver.ts,
 * and the notes benchmark start from here).
 *
 * A missing browser or build is a failure with the exact command that fixes it: an
 * end-to-end suite that skips itself would report green while testing nothing.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PBrowser, type Page as PPage } from 'puppeteer-core';
import { REPO } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const CHROME_BUILD = resolve(REPO, process.env.DOSSIER_OUT_DIR ?? '.output', 'chrome-mv3');
export const FIREFOX_BUILD = resolve(REPO, process.env.DOSSIER_OUT_DIR ?? '.output', 'firefox-mv2');
export const FIREFOX_ADDON_ID = 'dossier@dossier.local';
export const FIREFOX_UUID = '6f1d2c3b-0a4e-4f5d-9c8b-7a6e5d4c3b2a';
export const ARTIFACTS = resolve(REPO, 'test-results');

function require(path: string, what: string, fix: string) {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path}. ${fix}`);
}

export function requireChromium() {
  require(CHROMIUM, 'Chromium', 'Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).');
  require(join(CHROME_BUILD, 'manifest.json'), 'The Chrome build', 'Run: npm run build');
}

export function requireFirefox() {
  require(FIREFOX, 'Firefox ESR', 'Install it with: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).');
  require(join(FIREFOX_BUILD, 'manifest.json'), 'The Firefox build', 'Run: npm run build');
}

export interface ChromiumSession {
  context: BrowserContext;
  /** The profile folder (benchmarks read the database's size on disk from it). */
  userDataDir: string;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<ChromiumSession> {
  requireChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), 'dossier-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, userDataDir, extensionId, worker, close: () => context.close() };
}

/** The background's current service worker (it changes after a restart). */
export async function chromiumWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker', { timeout: 30_000 });
}

export interface FirefoxSession {
  browser: PBrowser;
  extensionId: string;
  extensionOrigin: string;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  requireFirefox();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages (the popup) only with this.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      'extensions.autoDisableScopes': 0,
    },
  });
  const extensionId = await browser.installExtension(FIREFOX_BUILD);
  return {
    browser,
    extensionId,
    extensionOrigin: `moz-extension://${FIREFOX_UUID}`,
    close: () => browser.close(),
  };
}

/**
 * Opens an extension page in a Firefox tab. The navigation happens, but Firefox's BiDi
 * never reports its load for moz-extension:// documents, so wait for the document instead.
 */
export async function openFirefoxExtensionPage(page: PPage, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 3_000 }).catch(() => undefined);
  await page.waitForFunction((u) => location.href.startsWith(u) && document.readyState !== 'loading', { timeout: 15_000 }, url);
}

/** Collects a Playwright or Puppeteer page's uncaught errors and console errors from now on, into the returned list. */
export function collectErrors(page: Page | PPage): string[] {
  const errors: string[] = [];
  // Both drivers name these events alike and hand over objects of the same shape.
  const on = page.on.bind(page) as (event: 'pageerror' | 'console', listener: (e: any) => void) => unknown;
  on('pageerror', (e: unknown) => errors.push(String(e)));
  on('console', (m: { type(): string; text(): string }) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}
