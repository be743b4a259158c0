/**
 * The settings registry (issue #15 item 3): every read has the setting's type whatever is
 * stored, a value that does not fit reads as the default with a sentence saying why, and
 * per-place settings are reached by named operations, never by keys a caller builds.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackgroundHandlers } from '@/utils/background/handlers';
import {
  forceFor,
  getAllSettings,
  getSetting,
  paintSiteFor,
  resetSite,
  setForce,
  setPaintSite,
  siteOverrides,
} from '@/utils/db/settings';
import { DEFAULT_PALETTE } from '@/utils/model/kinds';
import { parsePlaceKey, readPlaceSetting, readSetting, SETTING_KEYS, SETTINGS, validSetting } from '@/utils/model/settings';
import { OPTIONS_PAGE, quietCapabilities } from '../support/capabilities';
import { freshDatabases } from '../support/fresh-db';

const fresh = freshDatabases('test-settings');

describe('reading a setting', () => {
  it('gives the default, with no problem, when nothing was stored', () => {
    for (const key of SETTING_KEYS) expect(readSetting(key, undefined)).toEqual({ value: SETTINGS[key].fallback, problem: null });
    expect(readSetting('sensitivity', null)).toEqual({ value: 0, problem: null });
  });

  it('gives a stored value that fits its schema', () => {
    expect(readSetting('sensitivity', -0.5)).toEqual({ value: -0.5, problem: null });
    expect(readSetting('paintPrivate', false)).toEqual({ value: false, problem: null });
    expect(readSetting('historyDays', 0)).toEqual({ value: 0, problem: null });
  });

  it('falls back to the default for a malformed value, and says which value and why', () => {
    const cases: [Parameters<typeof readSetting>[0], unknown, unknown][] = [
      ['sensitivity', 4, 0],
      ['sensitivity', '0.5', 0],
      ['paintPrivate', 'yes', true],
      ['historyDays', 1.5, 90],
      ['historyDays', -1, 90],
      ['backupEvery', { every: 10 }, 50],
      ['backupNoteCount', Number.NaN, 0],
    ];
    for (const [key, stored, fallback] of cases) {
      const read = readSetting(key, stored);
      expect(read.value, key).toEqual(fallback);
      expect(read.problem, key).toContain(`The stored ${key} `);
      expect(read.problem, key).toContain(`the default ${JSON.stringify(fallback)} applies`);
    }
    expect(readSetting('sensitivity', 4).problem).toMatch(
      /^The stored sensitivity 4 does not fit \(.+\), so the default 0 applies\.$/,
    );
  });

  it('reads a palette colour by colour: a bad colour keeps its default, the good ones stay', () => {
    const read = readSetting('palette', { person: '#112233', country: 'red; } body { x', group: 7 });
    expect(read.value).toEqual({ ...DEFAULT_PALETTE, person: '#112233' });
    expect(read.problem).toMatch(/^The stored palette .* does not fit .*what does not fit keeps its default\.$/);
    expect(readSetting('palette', 'red')).toMatchObject({ value: DEFAULT_PALETTE });
    expect(readSetting('palette', { organization: '#abcdef' })).toEqual({
      value: { ...DEFAULT_PALETTE, organization: '#abcdef' },
      problem: null,
    });
  });

  it('never throws, whatever is stored (cyclic or very long values included)', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(readSetting('backupEvery', cyclic).value).toBe(50);
    expect(readSetting('palette', cyclic).value).toEqual(DEFAULT_PALETTE);
    const long = readSetting('sensitivity', 'x'.repeat(10_000)).problem!;
    expect(long.length).toBeLessThan(250);
  });

  it('reads per-place settings the same way: absent or null is no choice, a bad value is no choice with a reason', () => {
    expect(readPlaceSetting('forceSite', undefined)).toEqual({ value: 'auto', problem: null });
    expect(readPlaceSetting('forcePage', 'on')).toEqual({ value: 'on', problem: null });
    expect(readPlaceSetting('paintSite', null)).toEqual({ value: null, problem: null });
    const bad = readPlaceSetting('forcePage', 'sometimes');
    expect(bad.value).toBe('auto');
    expect(bad.problem).toMatch(/^The stored forcePage "sometimes" does not fit/);
  });
});

describe('per-place keys', () => {
  it('are recognised by their prefix with a place of 1 to 8,192 characters', () => {
    expect(parsePlaceKey('force:site:example.com')).toEqual({ key: 'forceSite', place: 'example.com' });
    expect(parsePlaceKey('force:page:https://a.test/x')).toEqual({ key: 'forcePage', place: 'https://a.test/x' });
    expect(parsePlaceKey('paint:site:a.test')).toEqual({ key: 'paintSite', place: 'a.test' });
    expect(parsePlaceKey('force:site:')).toBeNull();
    expect(parsePlaceKey(`force:site:${'a'.repeat(8_193)}`)).toBeNull();
    expect(parsePlaceKey('sensitivity')).toBeNull();
  });

  it('accept on import only what their schema does', () => {
    expect(validSetting('force:site:a.test', 'off')).toEqual({ key: 'force:site:a.test', value: 'off' });
    expect(validSetting('force:site:a.test', 'sometimes')).toBeNull();
    expect(validSetting('paint:site:a.test', false)).toEqual({ key: 'paint:site:a.test', value: false });
    expect(validSetting('paint:site:a.test', null)).toBeNull();
    expect(validSetting('palette', { topic: '#000000' })).toBeNull();
  });
});

describe('settings in the database', () => {
  it('a typed read of a stored value, and the default for a malformed one', async () => {
    const db = fresh();
    await db.settings.bulkPut([
      { key: 'sensitivity', value: 1 },
      { key: 'historyDays', value: 'forever' },
    ]);
    expect(await getSetting(db, 'sensitivity')).toBe(1);
    expect(await getSetting(db, 'historyDays')).toBe(90);
    expect(await getSetting(db, 'paintPrivate')).toBe(true);
    const all = await getAllSettings(db);
    expect(all.sensitivity).toEqual({ value: 1, problem: null });
    expect(all.historyDays.value).toBe(90);
    expect(all.historyDays.problem).toMatch(/^The stored historyDays "forever" does not fit/);
    expect(all.palette).toEqual({ value: DEFAULT_PALETTE, problem: null });
  });

  it("a page's override wins over its site's; 'auto' on the page lets the site decide", async () => {
    const db = fresh();
    expect(await forceFor(db, 'https://www.a.test/x')).toEqual({ force: 'auto', forceScope: null });
    await setForce(db, 'site', 'https://www.a.test/y', 'off');
    expect(await forceFor(db, 'https://a.test/x?utm_source=z')).toEqual({ force: 'off', forceScope: 'site' });
    await setForce(db, 'page', 'https://a.test/x#part', 'on');
    expect(await forceFor(db, 'https://a.test/x')).toEqual({ force: 'on', forceScope: 'page' });
    await setForce(db, 'page', 'https://a.test/x', 'auto');
    expect(await forceFor(db, 'https://a.test/x')).toEqual({ force: 'off', forceScope: 'site' });
  });

  it('lists the sites switched on or off by name, and puts one back to automatic by that name', async () => {
    const db = fresh();
    await setForce(db, 'site', 'https://news.b.test/a', 'on');
    await setForce(db, 'site', 'https://www.a.test/a', 'off');
    await setForce(db, 'site', 'https://c.test/a', 'auto');
    await setForce(db, 'page', 'https://d.test/a', 'on');
    await db.settings.put({ key: 'force:site:broken.test', value: 42 });
    expect(await siteOverrides(db)).toEqual([
      { site: 'a.test', mode: 'off' },
      { site: 'news.b.test', mode: 'on' },
    ]);
    await resetSite(db, 'a.test');
    expect(await siteOverrides(db)).toEqual([{ site: 'news.b.test', mode: 'on' }]);
    expect(await forceFor(db, 'https://a.test/a')).toEqual({ force: 'auto', forceScope: null });
  });

  it("a site's paint choice: set, read for any page of the site, removed by null", async () => {
    const db = fresh();
    expect(await paintSiteFor(db, 'https://a.test/x')).toBeNull();
    await setPaintSite(db, 'https://www.a.test/', false);
    expect(await paintSiteFor(db, 'https://a.test/x')).toBe(false);
    await setPaintSite(db, 'https://a.test/', null);
    expect(await paintSiteFor(db, 'https://a.test/x')).toBeNull();
    expect(await db.settings.count()).toBe(0);
  });

  it('the background resets a site for the options page, and a malformed stored setting does not leak into the page config', async () => {
    const db = fresh();
    const handlers = createBackgroundHandlers(db, quietCapabilities());
    await handlers['force.set']({ type: 'force.set', scope: 'site', url: 'https://a.test/x', mode: 'on' }, OPTIONS_PAGE);
    await handlers['site.reset']({ type: 'site.reset', site: 'a.test' }, OPTIONS_PAGE);
    await db.settings.bulkPut([
      { key: 'sensitivity', value: 'high' },
      { key: 'paintPrivate', value: 0 },
    ]);
    const config = await handlers['page.config']({ type: 'page.config', url: 'https://a.test/x' }, OPTIONS_PAGE);
    expect(config).toMatchObject({ force: 'auto', forceScope: null, sensitivity: 0, paintPrivate: true, paintPrivateSite: null });
  });
});
