// @vitest-environment happy-dom
/**
 * A missing or corrupt knowledge-base file: extraction goes on with the curated gazetteer,
 * and the popup's Why? says what is missing. The attribution file names every source.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase, type KbLoad } from '@/utils/kb/load';
import { encodeKb } from '@/utils/kb/format';
import { ATTRIBUTIONS } from '@/utils/kb/notice';
import { extract } from '@/utils/extract';
import { summarizeActors } from '@/utils/pipeline/summary';
import { PagePanel } from '@/components/page/PagePanel';
import type { PageState } from '@/utils/model/page';

const root = resolve(import.meta.dirname, '../../..');
const TEXT = 'Defense Secretary Pete Hegseth met NATO officials and Bajram Begaj.';
/** The shipped files as the reader chunk fetches them. */
const shipped = async (path: string) => new Uint8Array(readFileSync(resolve(root, 'public', path.slice(1))));
const enc = (s: string) => new TextEncoder().encode(s);
const small = encodeKb([
  {
    id: 'kb/Q1',
    type: 'person',
    name: 'Anna Example',
    aliases: [],
    role: 'role',
    country: '',
    years: '',
    former: false,
    asOf: '2022-08',
    nameMatches: true,
  },
]);

const panel = (state: Partial<PageState>) => {
  const el = document.createElement('div');
  document.body.replaceChildren(el);
  const full: PageState = {
    url: 'https://example.org/a',
    title: 'A',
    decision: { isArticle: true, inDomain: true, score: 0.9, reasons: ['1,000 words of body text'], language: 'en' },
    active: true,
    force: 'auto',
    forceScope: 'page',
    highlightsVisible: true,
    actors: [],
    topics: [],
    places: [],
    orphanedNoteIds: [],
    ...state,
  } as PageState;
  act(() => render(<PagePanel state={full} onForce={() => undefined} onRevealActor={() => undefined} />, el));
  return el;
};

describe('loading the knowledge base', () => {
  it('loads the shipped file and reports its size and time', async () => {
    const { kb, status } = await loadKnowledgeBase(shipped);
    expect(kb?.facts('Bajram Begaj')).toBeTruthy();
    expect(status).toMatchObject({ state: 'loaded' });
  });

  const cases: [string, (path: string) => Promise<Uint8Array>, RegExp][] = [
    ['missing', () => Promise.reject(new Error('HTTP 404')), /missing \(HTTP 404\)/],
    ['corrupt', async () => enc('<html><body>Not found</body></html>'), /not a Dossier reference list/],
    ['truncated', async () => small.subarray(0, small.length - 3), /size its header gives \(file truncated\?\)/],
  ];
  it.each(cases)('a %s file: curated names still found, and Why? says what is missing', async (state, fetchText, problem) => {
    const load: KbLoad = await loadKnowledgeBase(fetchText);
    expect(load.kb).toBeNull();
    expect(load.status.state).toBe(state === 'missing' ? 'missing' : 'corrupt');
    expect(load.status.state !== 'loaded' && load.status.problem).toMatch(problem);
    const extraction = extract(TEXT, load.kb ? { kb: load.kb } : {});
    expect(extraction.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Pete Hegseth', 'NATO']));
    const actors = summarizeActors(extraction, load.kb);
    expect(actors.find((a) => a.name === 'Pete Hegseth')?.facts).toMatchObject({
      known: true,
      role: 'US Secretary of Defense (2025–)',
    });
    const why = panel({ actors, knowledgeBase: load.status }).querySelector('.kb-problem')?.textContent;
    expect(why).toMatch(/^Reference list not loaded: reference list file .*Only Dossier's curated names are recognised\.$/);
  });

  it('the popup lists role and other names of a known actor, and says when one is unknown', async () => {
    const { kb } = await loadKnowledgeBase(shipped);
    const actors = summarizeActors(extract('Sandworm hit the grid, Bajram Begaj said. Marta Quellwood agreed.', { kb: kb! }), kb);
    const el = panel({ actors, knowledgeBase: { state: 'loaded', entries: 1, ms: 1 } });
    const roles = [...el.querySelectorAll('.actor .role')].map((r) => r.textContent);
    expect(roles).toContain('President of Albania (2022–)');
    expect(roles).toContain("Not in Dossier's reference list");
    expect(el.querySelector('.kb-problem')).toBeNull();
  });
});

describe('NOTICE', () => {
  it('carries every source’s attribution, the notices owed verbatim and the licence texts', () => {
    const notice = readFileSync(resolve(root, 'public/kb/NOTICE'), 'utf8');
    const sources = [
      'factbook',
      'wikidata',
      'congress',
      'partyfacts',
      'parlgov',
      'igo',
      'publicbodies',
      'ucdp',
      'misp',
      'mitre',
      'microsoft',
      'fundus',
    ];
    expect(ATTRIBUTIONS.map((a) => a.source).sort()).toEqual(sources.sort());
    for (const a of ATTRIBUTIONS) {
      expect(notice).toContain(a.title);
      expect(notice).toContain(`Licence: ${a.licence}`);
      if (a.notice) expect(notice).toContain(a.notice);
      if (a.licenceFile) expect(notice).toContain(`---- ${a.title}: ${a.licenceFile} ----`);
    }
    expect(notice).toContain(
      '© 2025 The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation.',
    );
    expect(notice).toContain('UCDP Actor Dataset v22.1, Uppsala Conflict Data Program');
  });
});
