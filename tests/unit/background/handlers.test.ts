import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createBackgroundHandlers } from '@/utils/background/handlers';
import { receiveRequest } from '@/utils/messaging/receive-request';
import { spiedCapabilities } from '../support/capabilities';
import { freshDatabases } from '../support/fresh-db';

const fresh = freshDatabases('test-bg');
function setup() {
  const db = fresh();
  const caps = spiedCapabilities();
  return { db, caps, receive: receiveRequest(createBackgroundHandlers(db, caps)) };
}

// Dossier's own pages (popup, options, panel): these tests are about what the handlers do, access.test.ts about who may ask.
const tab = { id: 'dossier', url: 'chrome-extension://dossier/popup.html' } as never;
const page = { id: 'dossier', url: 'https://a.test/x', tab: { id: 3 }, frameId: 0 } as never;
const note = { kind: 'passage', body: 'Timing', quote: 'halt', url: 'https://a.test/x?utm_medium=m', title: 'A' };

describe('background handlers', () => {
  it('stores a note sent by a page and finds it by any form of the URL', async () => {
    const { receive } = setup();
    const added = await receive({ type: 'note.add', note }, tab);
    expect(added).toMatchObject({ ok: true, data: { url: 'https://a.test/x', body: 'Timing' } });
    const found = await receive({ type: 'notes.forPage', url: 'https://a.test/x#frag' }, tab);
    expect(found.ok && found.data).toHaveLength(1);
  });

  it('makes #tags typed in a note its tags, on adding and on editing, and keeps the wordings of a hidden actor', async () => {
    const { db, receive } = setup();
    const added = await receive({ type: 'note.add', note: { ...note, body: 'Watch #Sanctions and #cyber-ops' } }, tab);
    const id = added.ok ? (added.data as { id: string }).id : '';
    expect((await db.notes.get(id))?.tags).toEqual(['sanctions', 'cyber-ops']);
    await receive({ type: 'note.update', id, patch: { body: 'Only #sanctions now, and #talks' } }, tab);
    expect((await db.notes.get(id))?.tags).toEqual(['sanctions', 'talks']);
    expect(await receive({ type: 'hidden.add', name: 'APT28', wordings: ['Fancy Bear'] }, tab)).toEqual({
      ok: true,
      data: ['APT28', 'Fancy Bear'],
    });
  });

  it('answers malformed or unknown messages with an error and writes nothing', async () => {
    const { db, receive } = setup();
    for (const bad of [
      { type: 'note.add', note: { ...note, kind: 'x' } },
      { type: 'notes.wipe' },
      { type: 'note.add' },
      'note.add',
    ]) {
      expect((await receive(bad, tab)).ok).toBe(false);
    }
    expect(await db.notes.count()).toBe(0);
  });

  it('turns a full disk into a message the reader can act on, and stores nothing', async () => {
    const { db, receive } = setup();
    const quota = Object.assign(new Error('AbortError'), {
      name: 'AbortError',
      inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    });
    vi.spyOn(db.notes, 'add').mockRejectedValueOnce(quota);
    const reply = await receive({ type: 'note.add', note }, tab);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/storage is full.*Export your notes/) });
    expect(await db.notes.count()).toBe(0);
    expect(await receive({ type: 'note.update', id: 'nope', patch: { body: 'x' } }, tab)).toEqual({
      ok: false,
      error: 'This note no longer exists (deleted in another window?).',
    });
  });

  it('keeps the force switch per page and per site, page first', async () => {
    const { receive } = setup();
    await receive({ type: 'force.set', scope: 'site', url: 'https://www.a.test/1', mode: 'off' }, tab);
    const page = await receive({ type: 'force.set', scope: 'page', url: 'https://a.test/2', mode: 'on' }, tab);
    expect(page).toMatchObject({ ok: true, data: { force: 'on', forceScope: 'page' } });
    expect(await receive({ type: 'page.config', url: 'https://a.test/3' }, tab)).toMatchObject({
      ok: true,
      data: { force: 'off', forceScope: 'site' },
    });
  });

  it('remembers hidden names and injects the reader into the asking frame', async () => {
    const { receive, caps } = setup();
    expect(await receive({ type: 'hidden.add', name: ' Pentagon ' }, tab)).toEqual({ ok: true, data: ['Pentagon'] });
    expect(await receive({ type: 'reader.load' }, page)).toEqual({ ok: true, data: true });
    expect(caps.injectReader).toHaveBeenCalledWith(page);
  });

  it('keeps the watch-list, settings and imports, and deletes everything on request', async () => {
    const { db, receive } = setup();
    const saved = await receive(
      { type: 'actor.save', actor: { name: 'Blue Harbor Group', type: 'group', aliases: ['BHG', ' '] } },
      tab,
    );
    expect(saved).toMatchObject({ ok: true, data: { name: 'Blue Harbor Group', aliases: ['BHG'] } });
    expect((await receive({ type: 'actor.save', actor: { name: ' ', type: 'group', aliases: [] } }, tab)).ok).toBe(false);
    expect(await receive({ type: 'setting.set', key: 'sensitivity', value: 0.5 }, tab)).toEqual({ ok: true, data: true });
    expect((await receive({ type: 'setting.set', key: 'sensitivity', value: 4 }, tab)).ok).toBe(false);
    expect((await receive({ type: 'setting.set', key: 'palette', value: { person: 'red' } }, tab)).ok).toBe(false);
    expect(await receive({ type: 'page.config', url: 'https://a.test/' }, tab)).toMatchObject({
      ok: true,
      data: { sensitivity: 0.5, customActors: [{ name: 'Blue Harbor Group', type: 'group', aliases: ['BHG'] }] },
    });
    const stored = {
      id: 'n1',
      kind: 'page',
      body: 'b',
      tags: [],
      actorIds: [],
      topicIds: [],
      url: 'https://a.test/',
      title: 't',
      site: 'a.test',
      created: 1,
      updated: 1,
    };
    const data = { notes: [stored], pages: [], actors: [], hidden: [], settings: [] };
    expect(await receive({ type: 'import.apply', data }, tab)).toMatchObject({
      ok: true,
      data: { added: 1, updated: 0, skipped: 0 },
    });
    expect(
      (await receive({ type: 'import.apply', data: { ...data, notes: [{ ...stored, created: 'yesterday' }] } }, tab)).ok,
    ).toBe(false);
    expect(await receive({ type: 'data.deleteAll' }, tab)).toEqual({ ok: true, data: 1 });
    expect(await db.notes.count()).toBe(0);
    expect(await db.actors.count()).toBe(0);
  });
});
