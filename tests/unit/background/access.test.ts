import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackgroundHandlers } from '@/utils/background/handlers';
import { CONTENT_REQUESTS, callerOf } from '@/utils/background/access';
import { receiveRequest } from '@/utils/messaging/receive-request';
import type { Request } from '@/utils/messaging/protocol';
import { spiedCapabilities } from '../support/capabilities';
import { freshDatabases } from '../support/fresh-db';

const fresh = freshDatabases('test-access');

async function setup() {
  const db = fresh();
  const caps = spiedCapabilities();
  // Another site's note about an actor, and one on the content script's own page.
  const base = { kind: 'passage' as const, tags: [], topicIds: [], site: 'b.test', created: 1, updated: 1, title: 'B' };
  await db.notes.bulkAdd([
    {
      ...base,
      id: 'other',
      body: 'secret from b',
      actorIds: ['actor:x'],
      url: 'https://b.test/',
      quote: 'q',
      selectors: [{ type: 'TextQuoteSelector', exact: 'q', prefix: '', suffix: '' }],
    },
    {
      ...base,
      id: 'own',
      body: 'secret on a',
      actorIds: ['actor:x'],
      url: 'https://a.test/x',
      site: 'a.test',
      quote: 'halt',
      selectors: [{ type: 'TextQuoteSelector', exact: 'halt', prefix: '', suffix: '' }],
    },
  ]);
  return { db, caps, receive: receiveRequest(createBackgroundHandlers(db, caps)) };
}

const contentScript = { id: 'dossier', url: 'https://a.test/x', tab: { id: 3, url: 'https://a.test/x' }, frameId: 0 } as never;
const extensionPage = { id: 'dossier', url: 'chrome-extension://dossier/sidepanel.html' } as never;
const stored = {
  id: 'own',
  kind: 'page',
  body: 'forged',
  tags: [],
  actorIds: [],
  topicIds: [],
  url: 'https://a.test/x',
  title: 't',
  site: 'a.test',
  created: 1,
  updated: 1,
};

/** One valid message of every request type. */
const every: { [K in Request['type']]: Extract<Request, { type: K }> } = {
  'note.add': { type: 'note.add', note: { kind: 'page', body: 'forged', url: 'https://a.test/x', title: 't' } },
  'note.update': { type: 'note.update', id: 'other', patch: { body: 'forged' } },
  'note.delete': { type: 'note.delete', id: 'other' },
  'note.restore': { type: 'note.restore', note: stored as never },
  'note.open': { type: 'note.open', noteId: 'other' },
  'note.draft': { type: 'note.draft', kind: 'passage', quote: 'halt', actorIds: [], topicIds: [], title: 'A' },
  'draft.get': { type: 'draft.get', draftId: 'nope' },
  'page.notesChanged': { type: 'page.notesChanged', tabId: 3, frameId: 0, closeFrame: true },
  'notes.forPage': { type: 'notes.forPage', url: 'https://b.test/' },
  'notes.forActor': { type: 'notes.forActor', actorId: 'actor:x' },
  'notes.anchors': { type: 'notes.anchors' },
  'notes.countForActor': { type: 'notes.countForActor', actorId: 'actor:x' },
  'panel.open': { type: 'panel.open', actorId: 'actor:x' },
  'panel.context': { type: 'panel.context', tabId: 3 },
  'page.config': { type: 'page.config', url: 'https://b.test/' },
  'page.seen': { type: 'page.seen', url: 'https://b.test/', title: 'A', score: 1, actors: [] },
  'paint.site': { type: 'paint.site', url: 'https://a.test/', paintPrivate: false },
  'force.set': { type: 'force.set', scope: 'site', url: 'https://b.test/', mode: 'off' },
  'site.reset': { type: 'site.reset', site: 'b.test' },
  'hidden.add': { type: 'hidden.add', name: 'Pentagon' },
  'hidden.remove': { type: 'hidden.remove', name: 'Pentagon' },
  'reader.load': { type: 'reader.load' },
  'actor.save': { type: 'actor.save', actor: { name: 'X', type: 'group', aliases: [] } },
  'actor.remove': { type: 'actor.remove', id: 'a' },
  'setting.set': { type: 'setting.set', key: 'sensitivity', value: 1 },
  'import.apply': { type: 'import.apply', data: { notes: [stored], pages: [], actors: [], hidden: [], settings: [] } as never },
  'data.deleteAll': { type: 'data.deleteAll' },
  'highlight.css': { type: 'highlight.css', dark: false },
  'history.clear': { type: 'history.clear' },
};

describe('who the background answers', () => {
  it('tells extension pages, content scripts and strangers apart by the browser-filled sender', () => {
    const root = 'chrome-extension://dossier/';
    expect(callerOf(extensionPage, root, 'dossier')).toBe('extension');
    expect(
      callerOf({ id: 'dossier', url: 'chrome-extension://dyn-123/sidepanel.html', tab: { id: 3 } } as never, root, 'dossier'),
    ).toBe('extension');
    expect(callerOf(contentScript, root, 'dossier')).toBe('content');
    expect(callerOf({ id: 'other', url: 'chrome-extension://other/x.html' } as never, root, 'dossier')).toBeNull();
    expect(callerOf({ id: 'dossier', url: 'https://a.test/' } as never, root, 'dossier')).toBeNull();
    expect(callerOf({ id: 'dossier', url: 'moz-extension://u/p.html' } as never, 'moz-extension://u/', 'dossier')).toBe(
      'extension',
    );
  });

  for (const [type, msg] of Object.entries(every)) {
    const allowed = CONTENT_REQUESTS.has(type as Request['type']);
    it(`${type}: ${allowed ? 'a content script may ask, about its own page only' : 'only extension pages are answered'}`, async () => {
      const { db, receive, caps } = await setup();
      const before = await db.notes.toArray();
      const fromPage = await receive(msg, contentScript);
      expect(fromPage.ok).toBe(allowed);
      // No answer to a content script carries the reader's words or another site's data.
      expect(JSON.stringify(fromPage)).not.toMatch(/secret|b\.test/);
      if (!allowed) {
        expect(fromPage).toEqual({ ok: false, error: 'Dossier does not answer this request from a web page.' });
        expect(await db.notes.toArray()).toEqual(before);
        expect(caps.openNote).not.toHaveBeenCalled();
      }
      const { receive: receiveExt } = await setup();
      const fromExtension = await receiveExt(msg, extensionPage);
      if (
        ![
          'note.open',
          'note.update',
          'note.delete',
          'reader.load',
          'highlight.css',
          'note.draft',
          'panel.open',
          'notes.anchors',
        ].includes(type)
      ) {
        expect(fromExtension).toMatchObject({ ok: true });
      }
    });
  }

  it('takes the page from the sender, never from the message, for a content script', async () => {
    const { db, receive } = await setup();
    expect(
      await receive({ type: 'page.seen', url: 'https://b.test/', title: 'A', score: 1, actors: [] }, contentScript),
    ).toMatchObject({ ok: true, data: { url: 'https://a.test/x' } });
    expect(await db.pages.get('https://b.test/')).toBeUndefined();
    const anchors = await receive({ type: 'notes.anchors' }, contentScript);
    expect(anchors).toEqual({
      ok: true,
      data: [{ id: 'own', kind: 'passage', selectors: [{ type: 'TextQuoteSelector', exact: 'halt', prefix: '', suffix: '' }] }],
    });
    const draft = await receive({ type: 'note.draft', kind: 'passage', quote: 'halt', actorIds: [], title: 'A' }, contentScript);
    if (!draft.ok) throw new Error(draft.error);
    const { draftId } = draft.data as { draftId: string };
    expect(await receive({ type: 'draft.get', draftId }, extensionPage)).toMatchObject({
      ok: true,
      data: { url: 'https://a.test/x', quote: 'halt', tabId: 3 },
    });
    expect(await receive({ type: 'notes.countForActor', actorId: 'actor:x' }, contentScript)).toEqual({ ok: true, data: 2 });
  });

  it('keeps the watch-list from the page and its noted passages unpainted where the reader says so', async () => {
    const { receive } = await setup();
    await receive({ type: 'actor.save', actor: { name: 'Blue Harbor', type: 'group', aliases: [] } }, extensionPage);
    expect(await receive({ type: 'page.config', url: 'https://a.test/x' }, contentScript)).toMatchObject({
      ok: true,
      data: { paintPrivate: true, customActors: [{ name: 'Blue Harbor' }] },
    });
    await receive({ type: 'paint.site', url: 'https://a.test/', paintPrivate: false }, extensionPage);
    expect(await receive({ type: 'page.config', url: 'https://a.test/x' }, contentScript)).toMatchObject({
      ok: true,
      data: { paintPrivate: false, paintPrivateSite: false, customActors: [] },
    });
    expect(await receive({ type: 'notes.anchors' }, contentScript)).toEqual({ ok: true, data: [] });
    // The options page still sees the whole watch-list.
    expect(await receive({ type: 'page.config', url: 'https://a.test/x' }, extensionPage)).toMatchObject({
      ok: true,
      data: { customActors: [{ name: 'Blue Harbor' }] },
    });
    await receive({ type: 'paint.site', url: 'https://a.test/', paintPrivate: null }, extensionPage);
    await receive({ type: 'setting.set', key: 'paintPrivate', value: false }, extensionPage);
    expect(await receive({ type: 'page.config', url: 'https://a.test/x' }, contentScript)).toMatchObject({
      ok: true,
      data: { paintPrivate: false, paintPrivateSite: null },
    });
  });
});
