/** The reading history is bounded (issue #16 item 6): retention, "keep none", clearing. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackgroundHandlers } from '@/utils/background/handlers';
import { recordPage } from '@/utils/db/pages';
import { OPTIONS_PAGE, quietCapabilities } from '../support/capabilities';
import { freshDatabases } from '../support/fresh-db';

const fresh = freshDatabases('test-history');
const DAY = 86_400_000;
const visit = (url: string) => ({ url, title: 't', score: 1, actors: [] });
const caps = quietCapabilities();

describe('reading history', () => {
  it('keeps pages for 90 days by default, dropping older ones when a page is recorded', async () => {
    const db = fresh();
    await recordPage(db, visit('https://a.example/old'), 0);
    await recordPage(db, visit('https://a.example/recent'), 80 * DAY);
    await recordPage(db, visit('https://a.example/now'), 100 * DAY);
    expect((await db.pages.toArray()).map((p) => p.url).sort()).toEqual(['https://a.example/now', 'https://a.example/recent']);
  });

  it('stores nothing with a retention of 0 days, and a shorter retention applies at once', async () => {
    const db = fresh();
    const handlers = createBackgroundHandlers(db, caps);
    await recordPage(db, visit('https://a.example/x'), Date.now() - 10 * DAY);
    await handlers['setting.set']({ type: 'setting.set', key: 'historyDays', value: 7 }, OPTIONS_PAGE);
    expect(await db.pages.count()).toBe(0);
    await handlers['setting.set']({ type: 'setting.set', key: 'historyDays', value: 0 }, OPTIONS_PAGE);
    await recordPage(db, visit('https://a.example/y'));
    expect(await db.pages.count()).toBe(0);
  });

  it('"Clear reading history" removes every page and keeps the notes', async () => {
    const db = fresh();
    const handlers = createBackgroundHandlers(db, caps);
    await recordPage(db, visit('https://a.example/1'));
    await recordPage(db, visit('https://a.example/2'));
    await handlers['note.add'](
      { type: 'note.add', note: { kind: 'page', body: 'keep', url: 'https://a.example/1', title: 't' } },
      OPTIONS_PAGE,
    );
    expect(await handlers['history.clear']({ type: 'history.clear' }, OPTIONS_PAGE)).toBe(2);
    expect(await db.pages.count()).toBe(0);
    expect(await db.notes.count()).toBe(1);
  });
});
