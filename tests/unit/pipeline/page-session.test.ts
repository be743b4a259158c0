// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '@/utils/dom/text-index';
import { extract } from '@/utils/extract';
import { createPageStore, emptySession, pageStateOf, paintOf } from '@/utils/pipeline/page-session';
import { buildMentions, describeSelection } from '@/utils/pipeline/page-state';
import type { PageConfig } from '@/utils/model/page';

const page = { url: 'https://news.test/a', title: 'A story' };
const config = { force: 'on', forceScope: 'site', hiddenNames: [], customActors: [], sensitivity: 0.5 } as unknown as PageConfig;

describe('the page session store', () => {
  it('replaces the record whole on each update and never changes an old one', () => {
    const store = createPageStore(page.url);
    const before = store.get();
    const after = store.update((s) => ({ ...s, active: true }));
    expect(after).not.toBe(before);
    expect([before.active, after.active, store.get()]).toEqual([false, true, after]);
  });

  it('goes back to the empty record on destroy and ignores a pass that finishes later', () => {
    const store = createPageStore(page.url);
    store.update((s) => ({ ...s, active: true, visible: true }));
    store.destroy();
    store.update((s) => ({ ...s, active: true }));
    expect(store.get()).toEqual(emptySession(page.url));
  });
});

describe('the popup view of the page session', () => {
  it('says nothing found and highlights not shown before the reader ran', () => {
    expect(pageStateOf(emptySession(page.url), page)).toEqual({
      ...page,
      decision: null,
      active: false,
      force: 'auto',
      forceScope: null,
      highlightsVisible: false,
      actors: [],
      topics: [],
      places: [],
      orphanedNoteIds: [],
    });
  });

  it('carries the configuration, what the pass found, and the model and base status only when known', () => {
    document.body.innerHTML = '<p>Defense Secretary Pete Hegseth spoke about the ceasefire in Kyiv.</p>';
    const index = buildTextIndex(document.body);
    const mentions = buildMentions(index, extract(index.text));
    const session = {
      ...emptySession(page.url),
      config,
      active: true,
      visible: true,
      mentions,
      notes: { ranges: new Map(), orphaned: ['n1'], roots: [] },
      modelError: 'The name model is missing',
    };
    const state = pageStateOf(session, page);
    expect(state).toMatchObject({ force: 'on', forceScope: 'site', highlightsVisible: true, orphanedNoteIds: ['n1'] });
    expect(state.actors.map((a) => a.id)).toContain('person/pete-hegseth');
    expect(state.modelError).toBe('The name model is missing');
    expect('knowledgeBase' in state).toBe(false);
  });
});

describe('the paint of the page session', () => {
  it('paints mentions, noted passages and the focus, and nothing while hidden', () => {
    document.body.innerHTML = '<p>Pete Hegseth met Zelensky.</p>';
    const index = buildTextIndex(document.body);
    const mentions = buildMentions(index, extract(index.text));
    const note = index.toRange(0, 4)!;
    const focus = index.toRange(5, 12)!;
    const session = {
      ...emptySession(page.url),
      mentions,
      notes: { ranges: new Map([['n', note]]), orphaned: [], roots: [] },
      focus,
    };
    expect(paintOf(session)).toBeNull();
    const paint = paintOf({ ...session, visible: true })!;
    expect(paint.person?.map(String)).toEqual(['Pete Hegseth', 'Zelensky']);
    expect(paint.note).toEqual([note]);
    expect(paint.focus).toEqual([focus]);
  });
});

describe('a selection described for a note', () => {
  it('gives the trimmed quote, its selectors and the actors mentioned in it', () => {
    document.body.innerHTML = '<p>Officials said Pete Hegseth met Zelensky in Kyiv on Monday.</p>';
    const index = buildTextIndex(document.body);
    const mentions = buildMentions(index, extract(index.text));
    const start = index.text.indexOf(' Pete');
    const range = index.toRange(start, index.text.indexOf(' in Kyiv'))!;
    const described = describeSelection(index, range, mentions)!;
    expect(described.quote).toBe('Pete Hegseth met Zelensky');
    expect(described.actorIds.sort()).toEqual(['person/pete-hegseth', 'person/volodymyr-zelensky']);
    expect(described.selectors.find((s) => s.type === 'TextQuoteSelector')).toMatchObject({ exact: 'Pete Hegseth met Zelensky' });
  });

  it('is null for a selection of white space only', () => {
    document.body.innerHTML = '<p>One.</p> <p>Two.</p>';
    const index = buildTextIndex(document.body);
    const range = document.createRange();
    range.setStart(document.body.childNodes[1]!, 0);
    range.setEnd(document.body.childNodes[1]!, 1);
    expect(describeSelection(index, range, buildMentions(index, null))).toBeNull();
  });
});
