import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Note } from '@/utils/model/note';
import { exportBackup } from '@/utils/export/backup';
import { applyImport, checkImportSize, MAX_IMPORT_BYTES, parseImport } from '@/utils/export/import';
import { exportMarkdown } from '@/utils/export/markdown';
import { exportW3C } from '@/utils/export/w3c';
import { freshDatabases } from '../support/fresh-db';

const fresh = freshDatabases('test-export');

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const noteArb: fc.Arbitrary<Note> = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom('passage', 'actor', 'page'),
  body: text,
  tags: fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), { maxLength: 3 }),
  quote: text,
  selectors: fc.constant([
    { type: 'TextQuoteSelector' as const, exact: 'q', prefix: 'p', suffix: 's' },
    { type: 'TextPositionSelector' as const, start: 1, end: 2 },
  ]),
  actorIds: fc.array(fc.constantFrom('person/pete-hegseth', 'country/russia'), { maxLength: 2 }),
  topicIds: fc.array(fc.constantFrom('cyber-operations'), { maxLength: 1 }),
  url: fc.webUrl(),
  title: text,
  site: fc.domain(),
  created: fc.integer({ min: 0, max: 2e12 }),
  updated: fc.integer({ min: 0, max: 2e12 }),
});

const sample: Note = {
  id: '11111111-1111-4111-8111-111111111111',
  kind: 'passage',
  body: 'Timing matters',
  tags: ['cyber'],
  quote: 'halt operations against Russia',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'halt operations against Russia', prefix: 'from Hegseth to ', suffix: ' by the' },
  ],
  actorIds: ['person/pete-hegseth'],
  topicIds: [],
  url: 'https://example.com/a',
  title: 'Hegseth halts',
  site: 'example.com',
  created: 1000,
  updated: 2000,
};

describe('backup', () => {
  it('export → wipe → import gives identical data (random notes, unicode included)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(noteArb, { selector: (x) => x.id, maxLength: 12 }), async (notes) => {
        const db = fresh();
        await db.notes.bulkAdd(notes);
        await db.hidden.add({ name: 'Hegseth', created: 5 });
        await db.hidden.add({ name: 'APT28', wordings: ['Fancy Bear'], created: 6 });
        await db.settings.add({ key: 'sensitivity', value: 0.5 });
        const file = await exportBackup(db);
        await db.delete();
        const target = fresh();
        const parsed = parseImport(file);
        if (!parsed.ok) throw new Error(parsed.error);
        expect(await applyImport(target, parsed.data)).toEqual({
          added: notes.length,
          updated: 0,
          skipped: 0,
          actors: 0,
          hidden: 2,
          settings: 1,
          pages: 0,
        });
        const byId = (a: Note, b: Note) => a.id.localeCompare(b.id);
        expect((await target.notes.toArray()).sort(byId)).toEqual([...notes].sort(byId));
        expect(await target.hidden.toArray()).toEqual([
          { name: 'APT28', wordings: ['Fancy Bear'], created: 6 },
          { name: 'Hegseth', created: 5 },
        ]);
        expect(await target.settings.toArray()).toEqual([{ key: 'sensitivity', value: 0.5 }]);
      }),
      { numRuns: 25 },
    );
  });

  it('merges by id keeping the newer update', async () => {
    const db = fresh();
    await db.notes.add({ ...sample, body: 'newer here', updated: 3000 });
    const other = { ...sample, id: '22222222-2222-4222-8222-222222222222' };
    const file = JSON.stringify({ format: 'dossier-backup', version: 1, exported: 'x', notes: [sample, other] });
    const parsed = parseImport(file);
    expect(parsed.ok).toBe(true);
    expect(await applyImport(db, (parsed as unknown as { data: never }).data)).toMatchObject({
      added: 1,
      updated: 0,
      skipped: 1,
    });
    expect((await db.notes.get(sample.id))!.body).toBe('newer here');
  });
});

describe('malformed imports get a clear message', () => {
  const backup = (over: object) =>
    JSON.stringify({ format: 'dossier-backup', version: 1, exported: 'x', notes: [sample], ...over });
  it.each([
    [
      'truncated JSON',
      backup({}).slice(0, 60),
      /it is not JSON \(a web page, a text file, or a download that did not finish\?\)\. Choose a file exported from Dossier/,
    ],
    ['a newer version', backup({ version: 7 }), /Backup version 7 is newer than this Dossier \(1\)/],
    ['a version that is not a number', backup({ version: 'one' }), /no valid version/],
    ['a missing field', backup({ notes: [{ ...sample, created: undefined }] }), /notes\[0\]\.created/],
    [
      'a foreign format',
      JSON.stringify({ format: 'other-app' }),
      /Not a Dossier backup: it says its format is "other-app", another program's/,
    ],
    ['unrelated JSON', JSON.stringify({ hello: 'world' }), /not a Dossier backup \(it has no 'format'\) nor W3C annotations/],
    ['a file over 50 MB', 'x'.repeat(MAX_IMPORT_BYTES + 1), /larger than 50 MB/],
  ])('%s', (_name, file, message) => {
    const parsed = parseImport(file);
    expect(parsed.ok).toBe(false);
    expect((parsed as { error: string }).error).toMatch(message);
  });

  it('refuses an oversized file from its size alone, before reading it', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toMatch(/larger than 50 MB/);
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
  });

  it('writes nothing when the transaction fails', async () => {
    const db = fresh();
    const parsed = parseImport(backup({}));
    const data = (parsed as { data: { notes: Note[] } }).data;
    await expect(
      applyImport(db, { ...data, notes: [...data.notes, { ...sample, id: undefined as unknown as string }] } as never),
    ).rejects.toThrow();
    expect(await db.notes.count()).toBe(0);
  });
});

describe('W3C Web Annotation', () => {
  it('round-trips through the collection Dossier exports', () => {
    const parsed = parseImport(JSON.stringify(exportW3C([sample])));
    expect(parsed).toMatchObject({ ok: true, source: 'w3c', counts: { notes: 1, pages: 0, actors: 0, hidden: 0, settings: 0 } });
    expect((parsed as { data: { notes: Note[] } }).data.notes).toEqual([sample]);
  });

  it('reads Hypothesis-style annotations, ignoring unknown selectors and skipping those without a page', () => {
    const file = JSON.stringify([
      {
        id: 'abc123',
        created: '2024-05-01T10:00:00Z',
        text: 'A comment',
        tags: ['iran'],
        target: [
          {
            source: 'https://example.org/x?utm_source=t',
            selector: [
              { type: 'XPathSelector', value: '/p[1]' },
              { type: 'RangeSelector' },
              { type: 'TextQuoteSelector', exact: 'the quote', prefix: 'a', suffix: 'b' },
            ],
          },
        ],
      },
      { id: 'no-target', text: 'lost' },
    ]);
    const parsed = parseImport(file) as { ok: true; data: { notes: Note[] }; skipped: number };
    expect(parsed.ok).toBe(true);
    expect(parsed.skipped).toBe(1);
    expect(parsed.data.notes[0]).toMatchObject({
      id: 'abc123',
      kind: 'passage',
      body: 'A comment',
      tags: ['iran'],
      quote: 'the quote',
      url: 'https://example.org/x',
      site: 'example.org',
      selectors: [{ type: 'TextQuoteSelector', exact: 'the quote', prefix: 'a', suffix: 'b' }],
    });
  });

  it('keeps an annotation whose only selectors are unknown, as a note on its page', () => {
    const file = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          {
            type: 'Annotation',
            body: { type: 'TextualBody', value: 'Seen' },
            target: { source: 'https://example.org/y', selector: { type: 'FragmentSelector', value: 'p3' } },
          },
        ],
      },
    });
    const parsed = parseImport(file, 42) as { ok: true; data: { notes: Note[] } };
    expect(parsed.ok).toBe(true);
    const [note] = parsed.data.notes;
    expect(note).toMatchObject({ kind: 'page', body: 'Seen', url: 'https://example.org/y', created: 42, updated: 42 });
    expect(note.selectors).toBeUndefined();
  });

  it('reports an annotation beyond the stored limits before anything is written', () => {
    const file = JSON.stringify([{ type: 'Annotation', text: 'x'.repeat(100_001), target: 'https://example.org/z' }]);
    const parsed = parseImport(file);
    expect(parsed.ok).toBe(false);
    expect((parsed as { error: string }).error).toMatch(/notes\[0\]\.body/);
  });

  it('exports an AnnotationCollection with bodies, tags and the target', () => {
    const out = exportW3C([sample]) as {
      '@context': unknown;
      type: string;
      first: { items: { body: unknown[]; target: unknown }[] };
    };
    expect(out['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { dossier: 'urn:dossier:' }]);
    expect(out.type).toBe('AnnotationCollection');
    expect(out.first.items[0].body).toEqual([
      { type: 'TextualBody', value: 'Timing matters', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'cyber', purpose: 'tagging' },
    ]);
    expect(out.first.items[0].target).toEqual({ source: 'https://example.com/a', selector: sample.selectors });
  });
});

describe('Markdown', () => {
  it('groups by page or by actor, with quotes and tags', () => {
    const byPage = exportMarkdown([sample], 'page');
    expect(byPage).toContain('## [Hegseth halts](<https://example.com/a>)');
    expect(byPage).toContain('> halt operations against Russia');
    expect(byPage).toContain('#cyber');
    const byActor = exportMarkdown(
      [sample, { ...sample, id: 'x', actorIds: [] }],
      'actor',
      new Map([['person/pete-hegseth', 'Pete Hegseth']]),
    );
    expect(byActor).toContain('## Pete Hegseth');
    expect(byActor).toContain('## No actor');
  });
});
