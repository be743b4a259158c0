/**
 * Files that looked valid but broke the notebook (issue #16): far-future and infinite
 * dates, bad and deep settings, duplicate ids, foreign URL schemes, hostile titles in the
 * Markdown export. Each test failed before its fix.
 */
import 'fake-indexeddb/auto';
import MarkdownIt from 'markdown-it';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createBackgroundHandlers } from '@/utils/background/handlers';
import { OPTIONS_PAGE, quietCapabilities } from '../support/capabilities';
import { formatTime, isoDay, isoTime } from '@/utils/db/dates';
import type { Note } from '@/utils/model/note';
import { validSetting } from '@/utils/model/settings';
import { exportBackup } from '@/utils/export/backup';
import { applyImport, parseImport } from '@/utils/export/import';
import { exportMarkdown } from '@/utils/export/markdown';
import { describeTransferError, importReport } from '@/utils/export/report';
import { exportW3C } from '@/utils/export/w3c';
import { paletteOf, DEFAULT_PALETTE } from '@/utils/model/kinds';
import { freshDatabases } from '../support/fresh-db';

const fresh = freshDatabases('test-hostile');

const sample: Note = {
  id: '11111111-1111-4111-8111-111111111111',
  kind: 'passage',
  body: 'Timing matters',
  tags: ['cyber'],
  quote: 'halt operations',
  selectors: [{ type: 'TextQuoteSelector', exact: 'halt operations', prefix: 'to ', suffix: ' by' }],
  actorIds: ['person/pete-hegseth'],
  topicIds: [],
  url: 'https://example.com/a',
  title: 'Hegseth halts',
  site: 'example.com',
  created: 1000,
  updated: 2000,
};
// Text, not JSON.stringify: a file can hold numbers JavaScript cannot (1e400 is Infinity).
const backupText = (notes: string, extra = '') =>
  `{"format":"dossier-backup","version":1,"exported":"x","notes":[${notes}]${extra}}`;
const noteWith = (field: string, value: string) =>
  JSON.stringify({ ...sample, [field]: 0 }).replace(`"${field}":0`, `"${field}":${value}`);

describe('dates', () => {
  it.each([
    ['far-future updated', noteWith('updated', '1e16')],
    ['infinite updated', noteWith('updated', '1e400')],
    ['fractional created', noteWith('created', '1.5')],
  ])('refuses a note with a %s, saying which note', (_name, note) => {
    const parsed = parseImport(backupText(note));
    expect(parsed.ok).toBe(false);
    expect((parsed as { error: string }).error).toMatch(
      /note 1 \(notes\[0\]\.(updated|created)\): a date outside what a calendar can show/,
    );
  });

  it('refuses far-future dates on reading-history pages, watch-list entries and hidden names', () => {
    const page =
      '{"url":"https://a.example/","title":"t","site":"a.example","firstSeen":1,"lastSeen":1e16,"score":1,"actors":[]}';
    expect(parseImport(backupText(JSON.stringify(sample), `,"pages":[${page}]`)).ok).toBe(false);
    expect(parseImport(backupText(JSON.stringify(sample), ',"hidden":[{"name":"x","created":1e400}]')).ok).toBe(false);
    expect(
      parseImport(
        backupText(JSON.stringify(sample), ',"actors":[{"id":"a","name":"A","type":"person","aliases":[],"created":-9e15}]'),
      ).ok,
    ).toBe(false);
  });

  it('formats and exports a bad date already stored without throwing', async () => {
    const bad = { ...sample, created: 1e16, updated: Number.POSITIVE_INFINITY };
    expect(isoTime(bad.updated)).toBe('');
    expect(isoDay(bad.created)).toBe('undated');
    expect(formatTime(new Intl.DateTimeFormat('en'), Number.NaN)).toBe('unknown date');
    expect(exportMarkdown([bad], 'page')).toContain('undated');
    expect(() => exportW3C([bad])).not.toThrow();
  });
});

describe('settings', () => {
  const withSettings = (settings: string) => backupText(JSON.stringify(sample), `,"settings":${settings}`);

  it('keeps only settings setting.set would accept, and says how many were left out', () => {
    const deep = `${'{"a":'.repeat(8000)}1${'}'.repeat(8000)}`;
    const parsed = parseImport(
      withSettings(
        `[{"key":"palette","value":{"person":null}},{"key":"sensitivity","value":0.5},{"key":"evil","value":1},{"key":"sensitivity2","value":${deep}},{"key":"force:site:example.com","value":"on"},{"key":"force:page:x","value":{"deep":true}}]`,
      ),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.data.settings).toEqual([
      { key: 'sensitivity', value: 0.5 },
      { key: 'force:site:example.com', value: 'on' },
    ]);
    expect(parsed.notices.join(' ')).toMatch(
      /4 settings in the file are not one Dossier knows or have a value it cannot use, and were left out/,
    );
  });

  it('the background writes no setting the options page could not store, whatever import.apply carries', async () => {
    const db = fresh();
    const handlers = createBackgroundHandlers(db, quietCapabilities());
    const settings = [
      { key: 'palette', value: { person: null } },
      { key: 'junk', value: 1 },
      { key: 'sensitivity', value: 1 },
    ];
    const r = await handlers['import.apply'](
      { type: 'import.apply', data: { notes: [], pages: [], actors: [], hidden: [], settings } },
      OPTIONS_PAGE,
    );
    expect(r.settings).toBe(1);
    expect(await db.settings.toArray()).toEqual([{ key: 'sensitivity', value: 1 }]);
  });

  it('reads any stored palette without throwing, keeping the default for what is not a colour', () => {
    expect(paletteOf({ person: null, country: '#112233', __proto__: { group: '#000000' } })).toEqual({
      ...DEFAULT_PALETTE,
      country: '#112233',
    });
    expect(paletteOf('red')).toEqual(DEFAULT_PALETTE);
    expect(paletteOf(null)).toEqual(DEFAULT_PALETTE);
  });

  it('validSetting never throws and caps nesting by its schemas', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { person: deep };
    expect(validSetting('palette', deep)).toBeNull();
    expect(validSetting('historyDays', 30)).toEqual({ key: 'historyDays', value: 30 });
    expect(validSetting('historyDays', -1)).toBeNull();
  });

  it('a backup exported after a bad setting got in some other way still imports', async () => {
    const db = fresh();
    await db.notes.add(sample);
    await db.settings.bulkAdd([
      { key: 'sensitivity', value: 0.25 },
      { key: 'junk', value: { a: { b: 1 } } },
    ]);
    const parsed = parseImport(await exportBackup(db));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.data.settings).toEqual([{ key: 'sensitivity', value: 0.25 }]);
  });
});

describe('duplicate ids', () => {
  it('counts a note that appears twice once, keeping the copy updated last', async () => {
    const older = { ...sample, body: 'older', updated: 1500 };
    const parsed = parseImport(backupText(`${JSON.stringify(sample)},${JSON.stringify(older)}`));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.counts.notes).toBe(1);
    expect(parsed.notices.join(' ')).toMatch(/1 note appeared twice in the file and was counted once/);
    const db = fresh();
    expect(await applyImport(db, { ...parsed.data, notes: [older, sample] })).toMatchObject({ added: 1, updated: 0, skipped: 0 });
    expect((await db.notes.get(sample.id))!.body).toBe('Timing matters');
  });
});

describe('foreign schemes', () => {
  it('leaves out W3C annotations whose target is not an http(s) page, and says so', () => {
    const file = JSON.stringify([
      { type: 'Annotation', text: 'phish', target: 'data:text/html,<script>alert(1)</script>' },
      { type: 'Annotation', text: 'js', target: { source: 'javascript:alert(1)' } },
      { type: 'Annotation', text: 'fine', target: 'https://example.org/ok' },
    ]);
    const parsed = parseImport(file);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.data.notes.map((x) => x.url)).toEqual(['https://example.org/ok']);
    expect(parsed.notices.join(' ')).toMatch(/2 annotations on something other than a web page .* were left out/);
    expect(parseImport(JSON.stringify([{ type: 'Annotation', target: 'data:text/html,x' }]))).toMatchObject({ ok: false });
  });

  it('note.open refuses a stored note whose URL is not a web page', async () => {
    const db = fresh();
    const opened: string[] = [];
    const handlers = createBackgroundHandlers(db, quietCapabilities({ openNote: async (url) => void opened.push(url) }));
    await db.notes.add({ ...sample, url: 'data:text/html,<h1>Sign in</h1>' });
    await expect(handlers['note.open']({ type: 'note.open', noteId: sample.id }, OPTIONS_PAGE)).rejects.toThrow(
      /not on a web page/,
    );
    expect(opened).toEqual([]);
  });
});

describe('Markdown export of hostile text', () => {
  const hostile: Note = {
    ...sample,
    title: 'x](https://evil.example/phish) <img src=x onerror=alert(1)> *bold* # not a heading',
    url: 'https://example.com/a(b)<c>?q= 1',
    quote: '<script>alert(1)</script>\n- list?\n1. numbered\n    code?',
    body: '[click](javascript:alert(1)) <b>bold</b> &lt;x&gt; `tick` ![img](https://evil.example/i.png)\n=====\n---',
    tags: ['<i>tag</i>'],
    actorIds: ['person/x'],
  };
  const md = new MarkdownIt({ html: true });
  /** Every element the rendered export holds, by tag name, and every link's href. */
  const rendered = (text: string) => {
    const { document } = parseHTML(`<!doctype html><html><body>${md.render(text)}</body></html>`);
    const tags = new Set([...document.body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()));
    const hrefs = [...document.body.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    return { tags, hrefs, text: document.body.textContent ?? '' };
  };
  const TEMPLATE = new Set(['h1', 'h2', 'p', 'a', 'strong', 'em', 'blockquote', 'hr']);

  it.each(['page', 'actor'] as const)('by %s renders only the template, with the page as the only link', (groupBy) => {
    const out = rendered(
      exportMarkdown([hostile], groupBy, new Map([['person/x', '<svg onload=alert(1)> [Evil](https://evil.example)']])),
    );
    expect([...out.tags].filter((t) => !TEMPLATE.has(t))).toEqual([]);
    expect(new Set(out.hrefs)).toEqual(new Set(['https://example.com/a%28b%29%3Cc%3E?q=%201']));
    expect(out.text).toContain('<img src=x onerror=alert(1)>');
    expect(out.text).toContain('<script>alert(1)</script>');
  });

  it('by actor lists actors alphabetically and "No actor" last, whatever order the notes come in', () => {
    const a = { ...sample, id: 'a', actorIds: ['country/russia'], updated: 1 };
    const b = { ...sample, id: 'b', actorIds: [], updated: 3 };
    const c = { ...sample, id: 'c', actorIds: ['person/pete-hegseth'], updated: 2 };
    const names = new Map([
      ['country/russia', 'Russia'],
      ['person/pete-hegseth', 'Pete Hegseth'],
    ]);
    for (const order of [
      [a, b, c],
      [b, c, a],
      [c, a, b],
    ]) {
      const headings = exportMarkdown(order, 'actor', names)
        .split('\n')
        .filter((l) => l.startsWith('## '));
      expect(headings).toEqual(['## Pete Hegseth', '## Russia', '## No actor']);
    }
  });
});

describe('what the reader is told', () => {
  it('reports the watch-list, hidden names and settings an import brought back', () => {
    const parsed = parseImport(
      backupText(
        JSON.stringify(sample),
        ',"hidden":[{"name":"Share","created":1}],"actors":[{"id":"a","name":"APT99","type":"group","aliases":[],"created":1}],"settings":[{"key":"sensitivity","value":0.5},{"key":"historyDays","value":30}]',
      ),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const text = importReport('b.json', parsed, {
      added: 1,
      updated: 0,
      skipped: 0,
      actors: 1,
      hidden: 1,
      settings: 1,
      pages: 0,
    });
    expect(text).toBe(
      'b.json: 1 note added, 0 updated, 0 already up to date. Also brought back: 1 watch-list entry, 1 hidden name, 1 setting. 1 setting you had already chosen was kept as it was.',
    );
  });

  it("turns the browser's messages about oversized data into a sentence", () => {
    expect(describeTransferError(new Error('Could not serialize message.'))).toMatch(/nested too deeply or too large/);
    expect(describeTransferError(new RangeError('Maximum call stack size exceeded'))).toMatch(/nothing was imported/);
    expect(describeTransferError(new Error('This note no longer exists'))).toBe('This note no longer exists');
  });

  it('a file nested too deeply to parse gets a sentence, not a stack overflow', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const parsed = parseImport(deep);
    expect(parsed.ok).toBe(false);
    expect((parsed as { error: string }).error).toMatch(/nothing to import|nested far more deeply/);
  });
});
